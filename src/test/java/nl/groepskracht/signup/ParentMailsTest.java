package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.base.i18n.DateTexts;
import nl.groepskracht.calendar.SessionReminders;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mails tell a parent what they need: "u bent aangemeld" has the dates and times, the address and the
 * contact person with a phone number (not only the calendar file); every mail has the way to "Mijn
 * aanmeldingen"; the wording says what happened and does not contradict itself; two groups' calendar
 * events read apart without naming a theme.
 */
@SmtpAndClockTest
class ParentMailsTest {

    @Autowired
    ParentWorld world;
    @Autowired
    SignupService signups;
    @Autowired
    PersonalPage page;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SessionReminders reminders;
    @Autowired
    DateTexts dates;
    @Autowired
    MutableClock clock;

    long groupId;
    List<SessionInfo> sessions;

    @BeforeEach
    void openGroup() {
        groupId = world.openGroup("Buurthuis De Dreef, Dreef 12, Utrecht", 1);
        sessions = as(world.facilitator(), () -> schedule.sessions(groupId));
    }

    @Test
    void u_bent_aangemeld_lists_the_dates_and_times_the_address_and_whom_to_call() {
        SignupForm parent = world.placed(groupId, "Amina", "nl");
        ParentWorld.Mail placed = world.last(parent.getEmail());
        assertThat(placed.subject()).isEqualTo("Groepskracht: u bent aangemeld");
        for (SessionInfo session : sessions) {
            assertThat(placed.text()).contains(dates.session(session.start(), session.end(), Locale.of("nl")));
        }
        assertThat(placed.text()).contains("Waar: Buurthuis De Dreef, Dreef 12, Utrecht",
                "Contactpersoon: " + ParentWorld.CONTACT + ", " + ParentWorld.PHONE, "/mijn/")
                .doesNotContain("niets te doen");
        assertThat(placed.icsMethod()).isEqualTo("REQUEST");
        assertThat(dates.session(sessions.getFirst().start(), sessions.getFirst().end(), Locale.of("nl")))
                .as("the time range is one piece, a word joiner after the dash")
                .matches("\\p{L}+dag \\d{1,2} \\p{L}+ \\d{4}, 19:00–\u206020:30");
    }

    @Test
    void in_arabic_the_mail_is_right_to_left_with_the_phone_number_left_to_right() {
        SignupForm parent = world.placed(groupId, "Fatima", "ar");
        ParentWorld.Mail placed = world.last(parent.getEmail());
        var html = Jsoup.parse(placed.html());
        assertThat(html.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(html.select("html").attr("lang")).isEqualTo("ar");
        assertThat(html.select("span[dir=ltr]").eachText()).contains(ParentWorld.PHONE);
        assertThat(html.select("a").first().attr("href")).contains("/mijn/").endsWith("?lang=ar");
        assertThat(placed.subject()).isEqualTo(world.text("signup.mail.confirmed.subject", "ar"));
        assertThat(placed.text()).as("names keep their own direction, the phone number left to right")
                .contains(world.text("signup.mail.contact", "ar") + ": \u2068" + ParentWorld.CONTACT + "\u2069, \u2066"
                        + ParentWorld.PHONE + "\u2069");
        String summary = Mails.property(placed.ics(), "SUMMARY");
        assertThat(summary).isEqualTo(world.text("invite.summary.at", "ar", "Buurthuis De Dreef"));
    }

    @Test
    void every_mail_to_a_parent_has_the_way_to_mijn_aanmeldingen() {
        SignupForm placed = world.placed(groupId, "Bram", "nl");
        SignupForm waiting = world.placed(groupId, "Chen", "tr");
        assertThat(world.mails(waiting.getEmail())).extracting(ParentWorld.Mail::subject)
                .containsExactly(world.text("signup.mail.confirm.subject", "tr"),
                        world.text("signup.mail.waitlisted.subject", "tr"));
        SessionInfo first = sessions.getFirst();
        as(world.facilitator(), () -> schedule.update(first.id(), Fixtures.session(first.start().toLocalDate(),
                LocalTime.of(19, 30), LocalTime.of(21, 0))));
        Duration untilReminder = Duration.between(clock.instant(), first.start().toInstant()).minusHours(23);
        clock.advance(untilReminder);
        try {
            reminders.sendDue();
        } finally {
            clock.advance(untilReminder.negated());
        }
        String token = ParentWorld.token(ParentWorld.link(world.mails(placed.getEmail()).get(1), "mijn"));
        page.cancel(token, page.mine(token).getFirst().id());
        page.mailFreshLink(placed.getEmail());
        SessionInfo moved = as(world.facilitator(), () -> schedule.sessions(groupId)).getFirst();

        List<ParentWorld.Mail> toPlaced = world.mails(placed.getEmail());
        assertThat(toPlaced).extracting(ParentWorld.Mail::subject).containsExactly(
                "Groepskracht: bevestig uw aanmelding", "Groepskracht: u bent aangemeld",
                "Gewijzigd: bijeenkomst van uw groep op " + dates.moment(first.start(), Locale.of("nl")),
                "Herinnering: bijeenkomst op " + dates.moment(moved.start(), Locale.of("nl")),
                "Groepskracht: u bent afgemeld", "Groepskracht: uw link naar Mijn aanmeldingen");
        for (ParentWorld.Mail mail : toPlaced.subList(1, toPlaced.size())) {
            assertThat(ParentWorld.link(mail, "mijn")).as(mail.subject()).matches("/mijn/[A-Za-z0-9_-]{43}\\?lang=nl");
        }
        assertThat(toPlaced.get(3).text()).as("the reminder says how to excuse oneself")
                .contains("Zeg het via Mijn aanmeldingen");
        ParentWorld.Mail promoted = world.last(waiting.getEmail());
        assertThat(promoted.subject()).isEqualTo(world.text("signup.mail.promoted.subject", "tr"));
        assertThat(promoted.text()).contains(ParentWorld.PHONE, "?lang=tr");
    }

    @Test
    void the_wording_says_what_happened_and_never_tells_a_parent_with_a_place_to_do_nothing() {
        SignupForm parent = world.placed(groupId, "Dewi", "nl");
        List<ParentWorld.Mail> mails = world.mails(parent.getEmail());
        assertThat(mails.getFirst().text()).as("only the mail to confirm: who did not sign up need do nothing")
                .contains("Heeft u zich niet aangemeld? Dan hoeft u niets te doen");
        assertThat(mails.getLast().text()).doesNotContain("Wilt u dit niet", "niets te doen");
        for (String language : List.of("nl", "en", "tr", "ar")) {
            assertThat(world.text("signup.mail.footer", language)).as(language).doesNotContain("niets te doen",
                    "need not do anything", "hiçbir şey yapmanıza", "لا داعي");
        }
        assertThat(world.text("signup.mail.added.body", "nl", "Dewi", "de groep", "Fatima"))
                .contains("zoals u met elkaar heeft afgesproken").doesNotContain("samen afsprak");
    }

    @Test
    void a_parent_in_two_groups_tells_their_calendar_events_apart_without_a_theme() {
        long other = world.openGroup("Wijkcentrum Zuilen, Amsterdamsestraatweg 1, Utrecht", 5);
        SignupForm parent = world.placed(groupId, "Emre", "tr");
        signups.signUp(other, parent);
        signups.confirm(nl.groepskracht.support.Parents.confirmToken(world.last(parent.getEmail()).text()));
        List<String> summaries = world.mails(parent.getEmail()).stream().filter(m -> m.ics() != null)
                .map(m -> Mails.property(m.ics(), "SUMMARY")).toList();
        assertThat(summaries).containsExactly("Grup buluşması · Buurthuis De Dreef", "Grup buluşması · Wijkcentrum Zuilen");
        String themeName = "Echtscheiding";
        assertThat(summaries).allSatisfy(s -> assertThat(s).doesNotContainIgnoringCase(themeName)
                .doesNotContain("Testgroep"));
    }
}
