package nl.groepskracht.signup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.groepskracht.base.AccessRule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: parents' sign-ups of the past with their moments, a verwijslink with a known code, and a
 * group's parents anonymised, as the services would have left them. The demos of other modules write
 * their history through this, never into this module's tables.
 */
@Component
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
@AccessRule("no person: the demo data written at start (groepskracht.demo-data.enabled)")
public class SignupDemoSupport {

    private final ParticipantRepository participants;
    private final RegistrationRepository registrations;
    private final JdbcTemplate jdbc;

    SignupDemoSupport(ParticipantRepository participants, RegistrationRepository registrations, JdbcTemplate jdbc) {
        this.participants = participants;
        this.registrations = registrations;
        this.jdbc = jdbc;
    }

    /** A parent of the demo and the moments of their sign-up; a later moment decides the status. */
    public record PastSignup(String name, String email, String language, String familyKey, Toeleiding toeleiding,
            Long referralLink, Instant created, Instant waitlisted, Instant confirmed, Instant cancelled) {
    }

    /** Stores the sign-up (waiting list, then a place, then signed off, as far as its moments go); its id. */
    @Transactional
    public long pastSignup(long groupId, PastSignup signup) {
        var form = new SignupForm();
        form.setName(signup.name());
        form.setEmail(signup.email());
        form.setLanguage(signup.language());
        var participant = participants.save(new Participant(form, signup.familyKey(), signup.created()));
        var registration = new Registration(groupId, participant, SignupService.CONSENT_VERSION, signup.created())
                .cameThrough(signup.toeleiding(), signup.referralLink());
        if (signup.waitlisted() != null) {
            registration.waitlist(signup.waitlisted());
        }
        if (signup.confirmed() != null) {
            registration.confirm(signup.confirmed());
        }
        if (signup.cancelled() != null) {
            registration.cancel(signup.cancelled());
        }
        return registrations.saveAndFlush(registration).getId();
    }

    /** The sign-ups of the group that have a place now, in the order they were made. */
    @Transactional(readOnly = true)
    public List<Long> withPlace(long groupId) {
        return jdbc.queryForList("SELECT id FROM registration WHERE group_id = ? AND status = 'CONFIRMED' ORDER BY id",
                Long.class, groupId);
    }

    /** A verwijslink of the group with this code (the demo prints a known one); returns its id. */
    @Transactional
    public long referralLink(long groupId, long organisationId, String code, Instant at, String by) {
        jdbc.update("INSERT INTO signup_referral_link (code, group_id, organisation_id, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?)", code, groupId, organisationId, Timestamp.from(at), by);
        return jdbc.queryForObject("SELECT id FROM signup_referral_link WHERE code = ?", Long.class, code);
    }

    /** The group's parents anonymised, as the retention job leaves them (the counts stay). */
    @Transactional
    public void anonymiseParents(long groupId, Instant at) {
        registrations.findAll().stream().filter(r -> r.getGroupId() == groupId)
                .forEach(r -> r.getParticipant().anonymise(at));
    }
}
