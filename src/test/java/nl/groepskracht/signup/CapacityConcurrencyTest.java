package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Parents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many parents press "Bevestig" at the same moment for the last places: capacity holds. */
@SpringBootTest
class CapacityConcurrencyTest {

    @Autowired
    SignupService signups;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixty_simultaneous_confirmations_for_five_places_confirm_exactly_five_and_waitlist_the_rest_in_order()
            throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        GroupDraft draft = Fixtures.group(directory, "overgewicht", Set.of());
        draft.setCapacity(5);
        long groupId = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
        as(fatima, () -> groups.open(groupId));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            var parent = Parents.form("Ouder");
            signups.signUp(groupId, parent);
            tokens.add(nl.groepskracht.support.Links.confirmToken(jdbc, parent.getEmail()));
        }
        assertThat(tokens).hasSize(60);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        var start = new CountDownLatch(1);
        List<Future<ConfirmOutcome>> outcomes = new ArrayList<>();
        try {
            for (String token : tokens) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return signups.confirm(token).orElseThrow();
                }));
            }
            start.countDown();
            for (Future<ConfirmOutcome> outcome : outcomes) {
                outcome.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(count(groupId, "CONFIRMED")).isEqualTo(5);
        assertThat(count(groupId, "WAITLISTED")).isEqualTo(55);
        List<Integer> positions = outcomes.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(o -> o.status() == RegistrationStatus.WAITLISTED).map(ConfirmOutcome::waitlistPosition).sorted()
                .toList();
        assertThat(positions).hasSize(55).doesNotHaveDuplicates().first().isEqualTo(1);
        assertThat(positions.getLast()).isEqualTo(55);
    }

    private int count(long groupId, String status) {
        return jdbc.queryForObject("select count(*) from registration where group_id = ? and status = ?",
                Integer.class, groupId, status);
    }
}
