package nl.groepskracht.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionDraft;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.base.ui.OnceButton;

/** The sessions of a group, with planning, changing and cancelling for its facilitators. */
class SessionsPanel extends VerticalLayout {

    private final GroupDetails group;
    private final ScheduleService schedule;
    private final Runnable reload;
    private final java.time.Clock clock;

    SessionsPanel(GroupDetails group, ScheduleService schedule, java.time.Clock clock, Runnable reload) {
        this.clock = clock;
        this.group = group;
        this.schedule = schedule;
        this.reload = reload;
        setPadding(false);
        addClassName("gk-sessions");
        boolean plannable = group.manageable() && group.status() != GroupStatus.CLOSED;
        var heading = new H2(getTranslation("session.title"));
        add(heading);
        if (plannable) {
            add(planningActions());
        }
        var sessions = schedule.sessions(group.id());
        add(grid(sessions), cards(sessions));
    }

    private FlexLayout planningActions() {
        var single = new OnceButton(getTranslation("session.add"), VaadinIcon.PLUS.create(), e -> edit(null,
                newDraft()));
        single.setId("add-session");
        var series = new OnceButton(getTranslation("series.plan"), VaadinIcon.CALENDAR.create(),
                e -> new SeriesDialog(group, schedule, clock, reload).open());
        series.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        series.setId("plan-series");
        var actions = new FlexLayout(series, single);
        actions.addClassName("gk-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return actions;
    }

    private Grid<SessionInfo> grid(java.util.List<SessionInfo> sessions) {
        var grid = new Grid<SessionInfo>();
        grid.setId("sessions");
        grid.addClassName("gk-hide-on-phone");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(s -> s.start().format(format) + " – " + s.end().toLocalTime())
                .setHeader(getTranslation("session.when")).setFlexGrow(2);
        grid.addColumn(SessionInfo::location).setHeader(getTranslation("session.location"));
        grid.addColumn(s -> s.topic() == null ? "" : s.topic()).setHeader(getTranslation("session.topic"));
        grid.addColumn(s -> getTranslation(s.statusKeyAt(clock.instant())))
                .setHeader(getTranslation("session.status"));
        if (group.manageable()) {
            grid.addComponentColumn(s -> actions(s, "")).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(sessions);
        grid.setEmptyStateText(getTranslation("session.none"));
        return grid;
    }

    /** On a phone the sessions are cards: a table of five columns would run off the side. */
    private com.vaadin.flow.component.html.Div cards(java.util.List<SessionInfo> sessions) {
        var cards = new com.vaadin.flow.component.html.Div();
        cards.addClassName("gk-person-cards");
        cards.setId("session-cards");
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        for (SessionInfo session : sessions) {
            var card = new com.vaadin.flow.component.html.Div(
                    new com.vaadin.flow.component.html.Paragraph(session.start().format(format) + " – "
                            + session.end().toLocalTime()),
                    new com.vaadin.flow.component.html.Paragraph(session.location() + " · "
                            + getTranslation(session.statusKeyAt(clock.instant()))));
            card.addClassName("gk-person-card");
            if (group.manageable()) {
                card.add(actions(session, "card-"));
            }
            cards.add(card);
        }
        return cards;
    }

    /** {@code idPrefix} keeps ids unique where a session shows twice (table and phone card). */
    private FlexLayout actions(SessionInfo session, String idPrefix) {
        var actions = new FlexLayout();
        actions.addClassName("gk-row-actions");
        if (session.isRecordableAt(clock.instant())) {
            // the sheet belongs to the attendance module, which builds on this one: a link by route
            var sheet = new Anchor("sessies/" + session.id() + "/aanwezigheid?van=groep",
                    getTranslation("attendance.open"));
            sheet.setId(idPrefix + "sheet-" + session.id());
            sheet.addClassName("gk-link-button");
            actions.add(sheet);
        }
        if (session.isCancelled() || !session.start().toInstant().isAfter(clock.instant())
                || group.status() == GroupStatus.CLOSED) {
            return actions;
        }
        var change = new OnceButton(getTranslation("session.change"), e -> edit(session.id(), schedule.toDraft(session)));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        change.setId(idPrefix + "change-session-" + session.id());
        var cancel = new OnceButton(getTranslation("session.cancel"), e -> new CancelSessionDialog(session, schedule,
                reload).openAwayFrom(e.getClientY()));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.setId(idPrefix + "cancel-session-" + session.id());
        actions.add(change, cancel);
        return actions;
    }

    private SessionDraft newDraft() {
        var draft = new SessionDraft();
        draft.setLocation(group.location());
        return draft;
    }

    private void edit(Long sessionId, SessionDraft draft) {
        var editor = new SessionEditor();
        new EditorDialog<>(getTranslation(sessionId == null ? "session.add" : "session.change"), editor,
                editor.binder, draft, changed -> {
                    if (sessionId == null) {
                        schedule.addSession(group.id(), changed);
                    } else {
                        schedule.update(sessionId, changed);
                    }
                }, reload).open();
    }
}
