package nl.groepskracht.start;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.attendance.ui.SessionAttendanceView;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.PhoneSignups;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.Planner;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The start page per role, at a moment the test chooses: a facilitator's sessions of today first with
 * one tap to the sheet, sessions held without attendance, parents to call, sign-ups per group; every
 * empty state with its next step.
 */
@Import(SmtpAndClockTest.ClockConfig.class)
class StartPageTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    GroupService groups;
    @Autowired
    DirectoryService directory;
    @Autowired
    PhoneSignups phoneSignups;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    Planner planner;
    @Autowired
    nl.groepskracht.monitoring.DemandSignals signals;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void a_new_facilitator_is_told_what_to_do_first_with_the_button_to_do_it() {
        loginAs("Nieuwe", Role.FACILITATOR);
        navigate("");
        assertThat(text(card("start-sessions"))).contains("Deze week heeft u geen bijeenkomsten gepland");
        assertThat(_get(Button.class, spec -> spec.withId("start-sessions-next")).getText())
                .isEqualTo("Naar mijn groepen");
        assertThat(text(card("start-signups"))).contains("U heeft nog geen groep");
        _click(_get(Button.class, spec -> spec.withId("start-signups-next")));
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("group-name"))).as("the new-group form opens").hasSize(1);
        assertThat(_find(Section.class, spec -> spec.withId("start-unrecorded"))).isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("start-flagged"))).isEmpty();
    }

    @Test
    void a_facilitator_sees_today_first_what_was_not_recorded_whom_to_call_and_new_sign_ups() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        LocalDate day = LocalDate.now(clock.withZone(AppZone.ID)).plusDays(1);
        long weekly = group(fatima, "Samen verder", 10);
        long first = session(fatima, weekly, day, LocalTime.of(10, 0));
        long second = session(fatima, weekly, day.plusDays(1), LocalTime.of(10, 0));
        long today = session(fatima, weekly, day.plusDays(2), LocalTime.of(10, 30));
        long later = session(fatima, weekly, day.plusDays(3), LocalTime.of(10, 0));
        long evening = group(fatima, "Avondgroep", 12);
        long heldUnrecorded = session(fatima, evening, day.plusDays(1), LocalTime.of(19, 0));
        long tonight = session(fatima, evening, day.plusDays(2), LocalTime.of(19, 0));
        as(fatima, () -> groups.open(weekly));
        as(fatima, () -> groups.open(evening));
        as(fatima, () -> phoneSignups.add(weekly, Parents.byPhone(Parents.form("Ayse"))));

        clock.moveTo(day.plusDays(2).atTime(10, 0));
        long ayse = as(fatima, () -> participants.roster(weekly)).getFirst().registrationId();
        as(fatima, () -> {
            attendance.mark(first, ayse, AttendanceStatus.ABSENT);
            attendance.mark(second, ayse, AttendanceStatus.ABSENT);
        });

        navigate("");
        String sessions = text(card("start-sessions"));
        assertThat(sessions.indexOf("Vandaag, 10:30–12:00")).as("today's sessions first").isGreaterThan(-1)
                .isLessThan(sessions.indexOf("Vandaag, 19:00–20:30"));
        assertThat(sessions).contains("Presentielijst vanaf 18:00");
        assertThat(_find(Button.class, spec -> spec.withId("sheet-" + tonight))).as("not open yet").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("sheet-" + later))).isEmpty();
        assertThat(sessions).contains(day.plusDays(3).format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.FULL).withLocale(Locale.forLanguageTag("nl"))));

        assertThat(text(card("start-unrecorded"))).contains("Avondgroep");
        assertThat(_find(Button.class, spec -> spec.withId("sheet-" + heldUnrecorded))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("sheet-" + first))).as("recorded").isEmpty();
        assertThat(text(card("start-flagged"))).contains("1 ouder twee keer niet gekomen zonder afmelding");
        assertThat(_get(Anchor.class, spec -> spec.withId("flagged-" + weekly)).getHref())
                .isEqualTo("groepen/" + weekly + "/aanwezigheid");
        assertThat(text(card("start-signups"))).contains("1 van 10 plaatsen bezet",
                "1 nieuwe aanmelding deze week");
        assertThat(_get(Anchor.class, spec -> spec.withId("share-poster-" + weekly)).getHref())
                .isEqualTo("aanbod/" + weekly + "/poster");
        assertThat(_get(Anchor.class, spec -> spec.withId("share-qr-" + weekly)).getElement().getAttribute("download"))
                .endsWith(".svg");

        _click(_get(Button.class, spec -> spec.withId("sheet-" + today)));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(SessionAttendanceView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("back")).getHref()).as("back to the start page")
                .isEmpty();
    }

    @Test
    void vandaag_and_the_sessions_held_without_attendance_are_in_time_order() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        LocalDate day = LocalDate.now(clock.withZone(AppZone.ID)).plusDays(1);
        long id = group(fatima, "Op volgorde", 10);
        var inOrder = java.util.List.of(session(fatima, id, day, LocalTime.of(10, 0)),
                session(fatima, id, day.plusDays(1), LocalTime.of(10, 0)),
                session(fatima, id, day.plusDays(2), LocalTime.of(9, 0)));
        as(fatima, () -> groups.open(id));
        clock.moveTo(day.plusDays(2).atTime(12, 0));

        navigate("vandaag");
        assertThat(buttonsOf("open-session-", inOrder)).as("Vandaag").containsExactlyElementsOf(inOrder);
        navigate("");
        assertThat(buttonsOf("sheet-", inOrder)).as("held without attendance").containsExactlyElementsOf(inOrder);
    }

    /** The sessions whose button ({@code prefix + id}) the page shows, in the order it shows them. */
    private static java.util.List<Long> buttonsOf(String prefix, java.util.List<Long> sessions) {
        return _find(Button.class).stream().map(b -> b.getId().orElse(""))
                .filter(buttonId -> buttonId.startsWith(prefix))
                .map(buttonId -> Long.parseLong(buttonId.substring(prefix.length())))
                .filter(sessions::contains).toList();
    }

    @Test
    void counts_read_right_in_english_too() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long id = group(fatima, "Plural group", 10);
        session(fatima, id, LocalDate.now(clock.withZone(AppZone.ID)).plusDays(2), LocalTime.of(10, 0));
        as(fatima, () -> groups.open(id));
        as(fatima, () -> phoneSignups.add(id, Parents.byPhone(Parents.form("Bram"))));
        as(fatima, () -> phoneSignups.add(id, Parents.byPhone(Parents.form("Chen"))));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("");
        assertThat(text(card("start-signups"))).contains("2 new sign-ups this week", "2 of 10 places taken")
                .doesNotContain("1 new sign-ups");
        assertThat(text(card("start-sessions"))).contains("Your sessions");
    }

    @Test
    void an_adviseur_sees_this_school_years_figures_and_where_demand_has_no_group_and_is_not_asked_to_start_one() {
        Professional adviseur = loginAs("Adviseur", Role.ADVISEUR);
        long wijk = WithRole.as(Roles.ADMIN, () -> directory.saveWijk(null, wijk("Zuidwest " + System.nanoTime())));
        var signal = new nl.groepskracht.monitoring.DemandSignalDraft();
        signal.setWijkId(wijk);
        signal.setThemeId(directory.allThemes().getFirst().id());
        signal.setFamilies(7);
        signal.setNoticedOn(LocalDate.now(clock.withZone(AppZone.ID)));
        signal.setOrganisationId(directory.allOrganisations().getFirst().id());
        signal.setNote("Ouders op het schoolplein vragen ernaar");
        as(adviseur, () -> signals.save(null, signal));

        navigate("");
        assertThat(_find(Section.class, spec -> spec.withId("start-sessions"))).isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("start-signups"))).isEmpty();
        assertThat(text(_get(nl.groepskracht.base.ui.HomeView.class))).contains("Welkom")
                .doesNotContain("start u groepen", "Nieuwe groep");
        assertThat(text(card("start-figures"))).contains("Schooljaar ", "Bereik (gezinnen)", "Opkomst");
        assertThat(text(card("start-unmet"))).contains("Zuidwest", "Hier zou een groep kunnen starten");
    }

    private static nl.groepskracht.directory.WijkDraft wijk(String name) {
        var wijk = new nl.groepskracht.directory.WijkDraft();
        wijk.setName(name);
        wijk.setMunicipality("Utrecht");
        return wijk;
    }

    private long group(Professional who, String name, int capacity) {
        return planner.group(who, name, capacity);
    }

    private long session(Professional who, long groupId, LocalDate date, LocalTime start) {
        return planner.session(who, groupId, date, start);
    }

    private static Component card(String id) {
        return _get(Section.class, spec -> spec.withId(id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
