package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.LogLines;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A conflict the portal expects (the second of two sign-ups sent at the same moment meets the unique
 * index) is handled by the code that expects it; the log gets nothing of it — not the duplicate key, in
 * which the bytes of the parent's e-mail hash stand.
 */
@SmtpAndClockTest
class ExpectedConflictsTest {

    @Autowired
    SignupService signups;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    RegistrationRepository registrations;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void the_second_of_two_simultaneous_sign_ups_meets_the_unique_index_and_logs_nothing() {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(4), 2)));
        as(fatima, () -> groups.open(groupId));
        SignupForm parent = Parents.form("Tegelijk");
        signups.signUp(groupId, parent);

        try (LogLines log = LogLines.record()) {
            // what the second request does when it passed its check before the first one committed
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                var participant = participants.save(new Participant(parent, "family", clock.instant()));
                registrations.saveAndFlush(new Registration(groupId, participant, SignupService.CONSENT_VERSION,
                        clock.instant()));
            })).isInstanceOf(DataIntegrityViolationException.class);

            assertThat(log.all()).as("nothing logged about the expected conflict")
                    .noneMatch(line -> line.contains("Duplicate entry") || line.contains("uk_registration_active")
                            || line.contains("1062"));
        }
    }
}
