package nl.groepskracht.evaluation;

import static nl.groepskracht.support.Accounts.as;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.SignupForm;
import nl.groepskracht.signup.SignupService;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A group of two weekly sessions with confirmed parents, attendance written as the sheet would, and the
 * clock moved to the day after its last session: what the evaluation starts from.
 */
@Component
class FinishedGroup {

    private static final Pattern LINK = Pattern.compile("/evaluatie/([A-Za-z0-9_-]{43})");
    final Accounts accounts;
    final GroupService groups;
    final ScheduleService schedule;
    final DirectoryService directory;
    final SignupService signups;
    final JdbcTemplate jdbc;
    final java.time.Clock clock;
    final EvaluationInvitations invitations;

    FinishedGroup(Accounts accounts, GroupService groups, ScheduleService schedule, DirectoryService directory,
            SignupService signups, JdbcTemplate jdbc, java.time.Clock clock, EvaluationInvitations invitations) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.groups = groups;
        this.schedule = schedule;
        this.directory = directory;
        this.signups = signups;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The group, its facilitator and its sessions. */
    record Made(long groupId, Professional facilitator, List<SessionInfo> sessions) {
    }

    Made plan() {
        return plan(directory.allWijken().getFirst().id());
    }

    /** A wijk of its own, so that figures of a selection hold only what a test made. */
    long newWijk() {
        var draft = new nl.groepskracht.directory.WijkDraft();
        draft.setName("Testwijk " + System.nanoTime());
        draft.setMunicipality("Utrecht");
        return nl.groepskracht.support.WithRole.as(nl.groepskracht.base.Roles.ADMIN,
                () -> directory.saveWijk(null, draft));
    }

    Made plan(long wijkId) {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        var draft = Fixtures.group(directory, "echtscheiding", Set.of());
        draft.setWijkId(wijkId);
        long groupId = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(1), 2)));
        as(fatima, () -> groups.open(groupId));
        return new Made(groupId, fatima, as(fatima, () -> schedule.sessions(groupId)));
    }

    /** A confirmed parent; returns their registration id. */
    long parent(long groupId, SignupForm form) {
        signups.signUp(groupId, form);
        signups.confirm(Links.confirmToken(jdbc, form.getEmail()));
        return registrationOf(form.getEmail());
    }

    SignupForm form(String name, String language) {
        SignupForm form = Parents.form(name);
        form.setLanguage(language);
        return form;
    }

    long registrationOf(String email) {
        return jdbc.queryForObject("select r.id from registration r join participant p on p.id = r.participant_id"
                + " where p.email = ? order by r.id desc limit 1", Long.class, email);
    }

    void attended(SessionInfo session, long registrationId, String status) {
        jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, 'test')", session.id(), registrationId, status,
                Timestamp.from(session.start().toInstant()));
    }

    /** Moves the clock to a day after the last session ended. */
    void over(Made group) {
        Instant end = group.sessions().getLast().end().toInstant();
        // only in the contexts with a movable clock (@SmtpAndClockTest)
        ((MutableClock) clock).advance(Duration.between(clock.instant(), end.plus(Duration.ofDays(1))));
    }

    List<String> evaluationMails(String email) {
        return jdbc.queryForList("SELECT subject FROM outbox_mail WHERE recipient = ? AND body_text LIKE '%/evaluatie/%'"
                + " ORDER BY id", String.class, email);
    }

    /** The link of the latest evaluation e-mail to this address. */
    String token(String email) {
        String text = jdbc.queryForList("SELECT body_text FROM outbox_mail WHERE recipient = ? AND body_text LIKE"
                + " '%/evaluatie/%' ORDER BY id DESC LIMIT 1", String.class, email).getFirst();
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no evaluation link in " + text);
        }
        return m.group(1);
    }

    /** This many parents who came to the first session, the group over and invited: their links. */
    List<String> answerers(Made group, int count, List<SignupForm> parents) {
        for (int i = 0; i < count; i++) {
            SignupForm parent = form("Ouder" + (char) ('A' + i), "nl");
            parents.add(parent);
            attended(group.sessions().get(0), parent(group.groupId(), parent), "PRESENT");
        }
        over(group);
        invitations.inviteDue();
        return parents.stream().map(p -> token(p.getEmail())).toList();
    }

    List<String> answerers(Made group, int count) {
        return answerers(group, count, new java.util.ArrayList<>());
    }
}
