package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Parents;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the parents' tests (issue 19) share: an open group with a contact person, a parent signed up in a
 * language, the mails waiting for them in the outbox (text and HTML, as they will arrive), the links in
 * those mails, and the texts a page should show in a language (read from the translation files).
 */
@Component
class ParentWorld {

    static final String CONTACT = "Noor de Vries";
    static final String PHONE = "+31 6 11223344";
    private static final Pattern LINK = Pattern.compile("http://[^\\s\"<>]+/(aanmelding|mijn|evaluatie)/[^\\s\"<>]+");

    /** One mail as it waits in the outbox. */
    record Mail(String subject, String text, String html, String icsMethod, String ics) {
    }

    private final Accounts accounts;
    private final GroupService groups;
    private final ScheduleService schedule;
    private final DirectoryService directory;
    private final SignupService signups;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private Professional facilitator;

    ParentWorld(Accounts accounts, GroupService groups, ScheduleService schedule, DirectoryService directory,
            SignupService signups, JdbcTemplate jdbc, MessageSource messages) {
        this.accounts = accounts;
        this.groups = groups;
        this.schedule = schedule;
        this.directory = directory;
        this.signups = signups;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    Professional facilitator() {
        if (facilitator == null) {
            facilitator = accounts.create("Fatima", Role.FACILITATOR);
        }
        return facilitator;
    }

    /** An open group of three weekly sessions from the day after tomorrow, with a contact person and a phone. */
    long openGroup(String location, int capacity) {
        Professional me = facilitator();
        GroupDraft draft = Fixtures.group(directory, "echtscheiding", Set.of());
        draft.setLocation(location);
        draft.setCapacity(capacity);
        draft.setDescription("Samen praten over de scheiding, acht avonden.");
        draft.setContactName(CONTACT);
        draft.setContactPhone(PHONE);
        long id = as(me, () -> groups.create(draft));
        var series = Fixtures.weekly(Fixtures.today().plusDays(2), 3);
        series.setLocation(location);
        as(me, () -> schedule.addSeries(id, series));
        as(me, () -> groups.open(id));
        return id;
    }

    /** A parent who signed up for the group, e-mails in this language. */
    SignupForm signUp(long groupId, String name, String language) {
        SignupForm parent = Parents.form(name);
        parent.setLanguage(language);
        parent.setPhone("06 12345678");
        signups.signUp(groupId, parent);
        return parent;
    }

    /** A parent with a place: signed up and confirmed through the link in their mail. */
    SignupForm placed(long groupId, String name, String language) {
        SignupForm parent = signUp(groupId, name, language);
        signups.confirm(Parents.confirmToken(last(parent.getEmail()).text()));
        return parent;
    }

    /** The mails to this address still in the outbox, oldest first. */
    List<Mail> mails(String email) {
        return jdbc.query("SELECT subject, body_text, body_html, ics_method, ics FROM outbox_mail WHERE recipient = ?"
                + " AND status <> 'SENT' ORDER BY id", (row, i) -> new Mail(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5)), email.toLowerCase(Locale.ROOT));
    }

    Mail last(String email) {
        return mails(email).getLast();
    }

    /** The first link of a kind in a mail, as a path with its query ("/mijn/…?lang=tr"). */
    static String link(Mail mail, String kind) {
        Matcher m = LINK.matcher(mail.text());
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                String url = m.group();
                return url.substring(url.indexOf('/', "http://".length()));
            }
        }
        throw new AssertionError("no " + kind + " link in: " + mail.text());
    }

    /** The token of a link such as "/mijn/<token>?lang=tr". */
    static String token(String link) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** What a page or mail says in a language, from the translation files. */
    String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.of(language));
    }

    /** The language cookie a response set (a browser sends it with the next request). */
    static Cookie languageCookie(MvcResult result) {
        return result.getResponse().getCookie("gk-lang");
    }

    static LocalDate today() {
        return Fixtures.today();
    }
}
