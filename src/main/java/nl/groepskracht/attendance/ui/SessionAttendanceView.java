package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceViews.Sheet;
import nl.groepskracht.attendance.AttendanceViews.SheetState;
import nl.groepskracht.attendance.SheetBroadcaster;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;

/**
 * The attendance sheet of one session, for a tablet or phone: one large choice per parent that
 * saves at once with a running count ("7 van 9 aanwezig"), "iedereen aanwezig", a head count for
 * walk-in groups, and a short note. Two facilitators with a tablet each see each other's changes
 * within a second: the sheet listens to {@link SheetBroadcaster} and pushes the stored state to its
 * browser (server push). The back link returns where the facilitator came from
 * ({@code ?van=groep|start}, else "Vandaag").
 */
@Route("sessies/:sessionId/aanwezigheid")
@RolesAllowed(Roles.FACILITATOR)
public class SessionAttendanceView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final AttendanceService attendance;
    private final SheetBroadcaster broadcaster;
    private AttendanceLines lines;
    private HeadCountForm headCount;
    private SessionNote note;
    private AutoCloseable listening;
    private long sessionId;
    private String from = "";

    SessionAttendanceView(AttendanceService attendance, SheetBroadcaster broadcaster) {
        this.attendance = attendance;
        this.broadcaster = broadcaster;
        addClassName("gk-page");
        addClassName("gk-attendance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        from = event.getLocation().getQueryParameters().getSingleParameter("van").orElse("");
        RouteParameters.showById(event, "sessionId", id -> {
            sessionId = id;
            show(attendance.sheet(id));
            listen(event.getUI());
        });
    }

    private void show(Sheet sheet) {
        removeAll();
        lines = null;
        headCount = null;
        note = null;
        var when = sheet.session().start().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                FormatStyle.SHORT).withLocale(getLocale()));
        add(back(sheet), new ViewHeader(sheet.groupName()), new Span(when));
        if (!sheet.recordable()) {
            var later = new Paragraph(getTranslation("attendance.not-yet"));
            later.setId("not-yet");
            add(later);
            return;
        }
        if (sheet.walkIn()) {
            headCount = new HeadCountForm(sheet.headCount(), attendance, sessionId);
            add(headCount);
        } else {
            lines = new AttendanceLines(sheet.lines(), attendance, sessionId,
                    () -> showStored(attendance.state(sessionId)));
            add(lines);
        }
        note = new SessionNote(sheet.note(), sheet.noteVersion(), attendance, sessionId);
        add(note);
        // the report is written in the knowledge module, which builds on this one: a link by route
        var report = new Anchor("kennis/nieuw?sessie=" + sessionId, getTranslation("knowledge.write-report"));
        report.setId("write-report");
        add(report);
    }

    /** What is stored now: another tablet's ticks, head count and note. */
    private void showStored(SheetState state) {
        if (lines != null) {
            lines.show(state);
        }
        if (headCount != null) {
            headCount.show(state.headCount());
        }
        if (note != null) {
            note.show(state.note(), state.noteVersion());
        }
    }

    /** From now on, every committed change of this session's sheet is pushed to this browser. */
    private void listen(UI ui) {
        stopListening();
        long session = sessionId;
        listening = broadcaster.register(session, () -> ui.access(() -> {
            try {
                if (session == sessionId) {
                    showStored(attendance.state(session));
                }
            } catch (AccessDeniedException noLonger) {
                // signed out or no longer a facilitator of the group: nothing more to show here
            }
        }));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (listening == null && sessionId != 0) {
            listen(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening();
    }

    private void stopListening() {
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
            listening = null;
        }
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

    @Override
    public String titleKey() {
        return "attendance.title";
    }
}
