package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import nl.groepskracht.attendance.SessionAgenda;
import nl.groepskracht.attendance.SessionAgenda.Agenda;
import nl.groepskracht.attendance.SessionAgenda.AgendaSession;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.StartCard;
import nl.groepskracht.base.ui.StartPageSection;
import nl.groepskracht.schedule.SessionInfo;

/**
 * The facilitator's start page, first part: coming sessions (today's with one tap to the sheet),
 * sessions held without attendance, and groups with parents to call.
 */
@org.springframework.stereotype.Component
class AgendaStartSection implements StartPageSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final SessionAgenda agenda;

    AgendaStartSection(SessionAgenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.FACILITATOR);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return new Panel(agenda.agenda());
    }

    private static final class Panel extends Div {

        Panel(Agenda mine) {
            addClassName("gk-start-sections");
            var coming = new StartCard("start-sessions").title(getTranslation("start.sessions"));
            for (AgendaSession session : mine.coming()) {
                coming.line(what(session), session.recordable() ? sheetButton(session, session.today())
                        : opensAt(session));
            }
            coming.whenEmpty(getTranslation("start.sessions.none"),
                    StartCard.go("start-sessions-next", getTranslation("start.sessions.plan"), "groepen"));
            add(coming);
            if (!mine.unrecorded().isEmpty()) {
                var unrecorded = new StartCard("start-unrecorded").title(getTranslation("start.unrecorded"));
                mine.unrecorded().forEach(s -> unrecorded.line(what(s), sheetButton(s, false)));
                add(unrecorded);
            }
            if (!mine.flagged().isEmpty()) {
                var flagged = new StartCard("start-flagged").title(getTranslation("start.flagged"));
                for (SessionAgenda.Flagged group : mine.flagged()) {
                    var link = new Anchor("groepen/" + group.groupId() + "/aanwezigheid", group.groupName());
                    link.setId("flagged-" + group.groupId());
                    flagged.line(new Span(link), StartCard.badge(
                            getTranslation("start.flagged.parents", group.parents()), true));
                }
                add(flagged);
            }
        }

        private Component what(AgendaSession session) {
            var start = session.session().start().withZoneSameInstant(AppZone.ID);
            var end = session.session().end().withZoneSameInstant(AppZone.ID);
            String day = session.today() ? getTranslation("start.today")
                    : start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()));
            var name = new Span(session.groupName());
            name.addClassName("gk-start-name");
            var what = new Div(name, new Span(getTranslation("start.when", day, start.format(TIME.withLocale(getLocale())),
                    end.format(TIME.withLocale(getLocale())))));
            what.addClassName("gk-start-what");
            if (session.today()) {
                what.addClassName("gk-start-today");
            }
            return what;
        }

        private Component sheetButton(AgendaSession session, boolean primary) {
            long id = session.session().id();
            var button = new Button(getTranslation("start.sheet"), e -> e.getSource().getUI().ifPresent(
                    ui -> ui.navigate("sessies/" + id + "/aanwezigheid", QueryParameters.of("van", "start"))));
            button.setId("sheet-" + id);
            if (primary) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            }
            return button;
        }

        /** A session further ahead: today's says when its sheet opens; a later day's needs nothing yet. */
        private Component opensAt(AgendaSession session) {
            var opens = session.session().start().minus(SessionInfo.RECORDING_OPENS_BEFORE)
                    .withZoneSameInstant(AppZone.ID);
            var text = new Span(session.today() ? getTranslation("start.sheet.from", opens.format(TIME.withLocale(getLocale()))) : "");
            text.addClassName("gk-meta");
            return text;
        }
    }
}
