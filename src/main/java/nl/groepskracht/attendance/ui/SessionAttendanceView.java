package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.attendance.AttendanceViews.Sheet;
import nl.groepskracht.attendance.AttendanceViews.SheetLine;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.base.ui.OnceButton;

/**
 * The attendance sheet of one session, for a tablet or phone: one large choice per parent that
 * saves at once with a running count ("7 van 9 aanwezig"), "iedereen aanwezig", a head count for
 * walk-in groups, and a short note. The back link returns where the facilitator came from
 * ({@code ?van=groep|start}, else "Vandaag").
 */
@Route("sessies/:sessionId/aanwezigheid")
@RolesAllowed(Roles.FACILITATOR)
public class SessionAttendanceView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final AttendanceService attendance;
    private final Span count = new Span();
    private final Map<Long, AttendanceStatus> marked = new HashMap<>();
    private long sessionId;
    private String from = "";

    SessionAttendanceView(AttendanceService attendance) {
        this.attendance = attendance;
        addClassName("gk-page");
        addClassName("gk-attendance");
        count.setId("present-count");
        count.addClassName("gk-count");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        from = event.getLocation().getQueryParameters().getSingleParameter("van").orElse("");
        RouteParameters.showById(event, "sessionId", id -> {
            sessionId = id;
            show(attendance.sheet(id));
        });
    }

    private void show(Sheet sheet) {
        removeAll();
        var when = sheet.session().start().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                FormatStyle.SHORT).withLocale(getLocale()));
        add(back(sheet), new ViewHeader(sheet.groupName()), new Span(when));
        if (!sheet.recordable()) {
            var later = new Paragraph(getTranslation("attendance.not-yet"));
            later.setId("not-yet");
            add(later);
            return;
        }
        add(sheet.walkIn() ? new HeadCountForm(sheet, attendance, sessionId) : names(sheet));
        add(new SessionNote(sheet, attendance, sessionId));
        // the report is written in the knowledge module, which builds on this one: a link by route
        var report = new Anchor("kennis/nieuw?sessie=" + sessionId, getTranslation("knowledge.write-report"));
        report.setId("write-report");
        add(report);
    }

    private Anchor back(Sheet sheet) {
        var back = switch (from) {
            case "groep" -> new Anchor("groepen/" + sheet.session().groupId(), getTranslation("participant.back"));
            case "start" -> new Anchor("", getTranslation("attendance.back.start"));
            default -> new Anchor("vandaag", getTranslation("attendance.back"));
        };
        back.setId("back");
        back.addClassName("gk-back");
        return back;
    }

    private Component names(Sheet sheet) {
        var list = new Div();
        list.addClassName("gk-attendance-list");
        list.setId("attendance-list");
        marked.clear();
        for (SheetLine line : sheet.lines()) {
            marked.put(line.registrationId(), line.status());
            var choice = new RadioButtonGroup<AttendanceStatus>(line.name());
            choice.setItems(AttendanceStatus.values());
            choice.setItemLabelGenerator(s -> getTranslation("attendance.status." + s.name()));
            choice.setValue(line.status());
            choice.setId("attendance-" + line.registrationId());
            choice.addClassName("gk-big-choice");
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != null) {
                    attendance.mark(sessionId, line.registrationId(), e.getValue());
                    marked.put(line.registrationId(), e.getValue());
                    showCount();
                }
            });
            list.add(choice);
        }
        var allPresent = new OnceButton(getTranslation("attendance.all-present"), e -> {
            attendance.markAllPresent(sessionId);
            show(attendance.sheet(sessionId));
        });
        allPresent.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        allPresent.setId("all-present");
        showCount();
        return new Div(new H2(getTranslation("attendance.who")), count, allPresent, list);
    }

    private void showCount() {
        long present = marked.values().stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        count.setText(getTranslation("attendance.count", present, marked.size()));
    }

    @Override
    public String titleKey() {
        return "attendance.title";
    }
}
