package nl.groepskracht.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Galera replicates row by row and only InnoDB: a table without a primary key cannot be applied safely on
 * the other nodes (the cluster script refuses to create one: innodb_force_primary_key), and a MyISAM or
 * Aria table is not replicated at all. Every table the migrations make, Flyway's own included, qualifies.
 */
@SpringBootTest
class GaleraReadySchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key() {
        assertThat(jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                      AND c.constraint_type = 'PRIMARY KEY')""", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE'", String.class)).contains("flyway_schema_history", "parent_group");
    }

    @Test
    void every_table_is_innodb() {
        assertThat(jdbc.queryForList("SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'",
                String.class)).isEmpty();
    }
}
