package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.attendance.AttendanceViews.Sheet;
import nl.groepskracht.attendance.AttendanceViews.SheetLine;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;

/**
 * The attendance sheet of one session, for a tablet or phone: one large choice per parent that
 * saves at once, "iedereen aanwezig", a head count for walk-in groups, and a short note.
 */
@Route("sessies/:sessionId/aanwezigheid")
@RolesAllowed(Roles.FACILITATOR)
public class SessionAttendanceView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final AttendanceService attendance;
    private long sessionId;

    SessionAttendanceView(AttendanceService attendance) {
        this.attendance = attendance;
        addClassName("gk-page");
        addClassName("gk-attendance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "sessionId", id -> {
            sessionId = id;
            show(attendance.sheet(id));
        });
    }

    private void show(Sheet sheet) {
        removeAll();
        var when = sheet.session().start().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                FormatStyle.SHORT).withLocale(getLocale()));
        add(new Anchor("vandaag", getTranslation("attendance.back")), new ViewHeader(sheet.groupName()),
                new Span(when));
        add(sheet.walkIn() ? new HeadCountForm(sheet, attendance, sessionId) : names(sheet));
        add(note(sheet));
        // the report is written in the knowledge module, which builds on this one: a link by route
        var report = new Anchor("kennis/nieuw?sessie=" + sessionId, getTranslation("knowledge.write-report"));
        report.setId("write-report");
        add(report);
    }

    private Component names(Sheet sheet) {
        var list = new Div();
        list.addClassName("gk-attendance-list");
        list.setId("attendance-list");
        for (SheetLine line : sheet.lines()) {
            var choice = new RadioButtonGroup<AttendanceStatus>(line.name());
            choice.setItems(AttendanceStatus.values());
            choice.setItemLabelGenerator(s -> getTranslation("attendance.status." + s.name()));
            choice.setValue(line.status());
            choice.setId("attendance-" + line.registrationId());
            choice.addClassName("gk-big-choice");
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != null) {
                    attendance.mark(sessionId, line.registrationId(), e.getValue());
                }
            });
            list.add(choice);
        }
        var allPresent = new Button(getTranslation("attendance.all-present"), e -> {
            attendance.markAllPresent(sessionId);
            show(attendance.sheet(sessionId));
        });
        allPresent.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        allPresent.setId("all-present");
        return new Div(new H2(getTranslation("attendance.who")), allPresent, list);
    }

    private Component note(Sheet sheet) {
        var note = new TextArea(getTranslation("attendance.note"));
        note.setId("session-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setValue(sheet.note() == null ? "" : sheet.note());
        note.setHelperText(getTranslation("attendance.note.help"));
        note.setValueChangeMode(ValueChangeMode.ON_BLUR);
        note.addValueChangeListener(e -> {
            try {
                attendance.saveNote(sessionId, e.getValue());
                note.setInvalid(false);
                Notification.show(getTranslation("notification.saved"), 1500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (FieldValidationException refused) {
                note.setErrorMessage(getTranslation(refused.messageKey()));
                note.setInvalid(true);
            }
        });
        return note;
    }

    @Override
    public String titleKey() {
        return "attendance.title";
    }
}
