package nl.groepskracht.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plain JDBC and Hibernate agree on instants because the portal's JVM runs in UTC, whatever the server's zone. */
@SpringBootTest
class UtcJvmZoneTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_server_in_amsterdam_still_runs_the_portal_in_utc() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
            new UtcJvmZone().postProcessEnvironment(null, null);
            assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void an_instant_bound_through_jdbc_reads_back_as_the_same_utc_wall_time_the_database_holds() {
        Instant moment = Instant.parse("2026-11-24T18:30:00Z");
        String stored = jdbc.queryForObject("SELECT CAST(? AS CHAR)", String.class, Timestamp.from(moment));
        assertThat(stored).as("what MariaDB holds for the same instant Hibernate writes as UTC")
                .startsWith("2026-11-24 18:30:00");
    }
}
