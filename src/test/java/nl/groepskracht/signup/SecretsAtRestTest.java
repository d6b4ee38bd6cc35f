package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A dump of the database opens no parent's page: tokens are kept as hashes, sent mails keep no live link. */
@SmtpAndClockTest
class SecretsAtRestTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    SignupService signups;
    @Autowired
    PersonalPage page;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_column_of_a_dump_holds_a_token_from_a_link_in_the_mails() {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "overgewicht", Set.of())));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
        as(fatima, () -> groups.open(groupId));
        SignupForm parent = Parents.form("Geheim");
        signups.signUp(groupId, parent);
        dispatcher.dispatchDue();
        String confirm = Parents.confirmToken(Mails.text(Mails.to(Mails.settled(smtp), parent.getEmail()).getFirst()));
        signups.confirm(confirm);
        dispatcher.dispatchDue();
        String personal = Parents.personalToken(Mails.text(Mails.to(Mails.settled(smtp), parent.getEmail()).getLast()));
        assertThat(page.mine(personal)).hasSize(1);

        List<String> dump = dumpOfTextAndBinaryColumns();
        assertThat(dump).isNotEmpty().noneMatch(value -> value.contains(confirm) || value.contains(personal));
    }

    /** Every text or binary value in the schema, as a backup would hold it (binary as text and as hex). */
    private List<String> dumpOfTextAndBinaryColumns() {
        List<String> values = new ArrayList<>();
        var columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = database() and data_type in
                  ('varchar', 'char', 'text', 'mediumtext', 'longtext', 'binary', 'varbinary', 'blob', 'longblob')
                """);
        for (var column : columns) {
            String table = (String) column.get("TABLE_NAME");
            String name = (String) column.get("COLUMN_NAME");
            if (table.startsWith("flyway") || table.startsWith("event_publication")) {
                continue;
            }
            values.addAll(jdbc.queryForList("select cast(`" + name + "` as char) from `" + table + "` where `" + name
                    + "` is not null", String.class));
            values.addAll(jdbc.queryForList("select hex(`" + name + "`) from `" + table + "` where `" + name
                    + "` is not null", String.class));
        }
        return values.stream().filter(java.util.Objects::nonNull).toList();
    }
}
