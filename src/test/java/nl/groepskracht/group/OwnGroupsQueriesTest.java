package nl.groepskracht.group;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.SessionAgenda;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.knowledge.KnowledgeSearch;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.SignupOverview;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator's own groups are read together, not one by one: the start page's sections (sign-ups, the
 * agenda), the knowledge base's wijken and "Vandaag" cost the same statements with two groups as with six.
 */
@SmtpAndClockTest
class OwnGroupsQueriesTest {

    @Autowired
    SqlStatements sql;
    @Autowired
    GroupService groups;
    @Autowired
    DirectoryService directory;
    @Autowired
    SignupOverview signups;
    @Autowired
    SessionAgenda agenda;
    @Autowired
    AttendanceService attendance;
    @Autowired
    KnowledgeSearch knowledge;
    @Autowired
    Accounts accounts;

    @Test
    void the_own_groups_cost_the_same_statements_with_two_groups_and_with_six() throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        Professional karim = accounts.create("Karim", Role.FACILITATOR);
        List<Long> made = new ArrayList<>(create(fatima, 2));
        create(karim, 1);

        long[] withTwo = counts(fatima);
        made.addAll(create(fatima, 4));
        long[] withSix = counts(fatima);

        assertThat(withSix).as("mine, sign-ups, agenda, wijken, today's sessions: with six groups what they cost with two")
                .containsExactly(withTwo);
        assertThat(as(fatima, () -> groups.mine()).stream().map(GroupDetails::id).toList())
                .as("exactly her own groups, with herself as facilitator").containsExactlyInAnyOrderElementsOf(made)
                .allSatisfy(id -> assertThat(as(fatima, () -> groups.get(id)).facilitatorIds()).contains(fatima.id()));
        assertThat(as(fatima, () -> groups.mine())).allSatisfy(group -> assertThat(group.manageable()).isTrue());
    }

    private long[] counts(Professional who) throws Exception {
        return new long[] {sql.during(() -> as(who, () -> groups.mine())),
            sql.during(() -> as(who, () -> signups.mine())),
            sql.during(() -> as(who, () -> agenda.agenda())),
            sql.during(() -> as(who, () -> knowledge.myWijken())),
            sql.during(() -> as(who, () -> attendance.recentSessions()))};
    }

    private List<Long> create(Professional facilitator, int count) {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GroupDraft draft = Fixtures.group(directory, "schoolverzuim", Set.of());
            made.add(as(facilitator, () -> groups.create(draft)));
        }
        return made;
    }
}
