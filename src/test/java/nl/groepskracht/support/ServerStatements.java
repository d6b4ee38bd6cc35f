package nl.groepskracht.support;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every statement the database received while an action ran, as MariaDB's general query log records it (the log
 * switched on only for the action, into its table): those Hibernate prepares and those of a {@code JdbcTemplate}
 * alike, with transaction ends and the connection each came on. So a test can count what ran while a row lock was
 * held: from the statement that took it ({@code ... for update}) to the commit or rollback on the same connection.
 * Tests run one at a time and jobs do not run in tests, so the statements are the action's.
 */
@Component
public class ServerStatements {

    private final JdbcTemplate jdbc;

    ServerStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement: the connection's server thread and its SQL. */
    public record Statement(long thread, String sql) {

        boolean endsTransaction() {
            String text = sql.strip().toLowerCase(Locale.ROOT);
            return text.equals("commit") || text.equals("rollback");
        }
    }

    /** What ran during the action, in order. */
    public record Run(List<Statement> statements) {

        /**
         * The statements from the one that locked a row of this table ({@code select ... from <table> ... for
         * update}) up to, not including, the end of its transaction; the lock itself first.
         */
        public List<String> whileLocked(String table) {
            int[] span = lockSpan(table);
            long thread = statements.get(span[0]).thread();
            return statements.subList(span[0], span[1]).stream().filter(s -> s.thread() == thread)
                    .map(Statement::sql).toList();
        }

        /**
         * The statements that came after the lock on this table was let go (its commit), on any connection, leaving
         * out a connection's settings as it goes back to the pool ({@code set autocommit=1}).
         */
        public List<String> afterUnlocking(String table) {
            return statements.subList(lockSpan(table)[1] + 1, statements.size()).stream().map(Statement::sql)
                    .filter(sql -> !sql.strip().toLowerCase(Locale.ROOT).startsWith("set ")).toList();
        }

        /** Where the lock was taken, and where its transaction ended. */
        private int[] lockSpan(String table) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i).sql().toLowerCase(Locale.ROOT);
                if (sql.contains(" for update") && sql.contains(" from " + table + " ")) {
                    for (int j = i + 1; j < statements.size(); j++) {
                        if (statements.get(j).thread() == statements.get(i).thread()
                                && statements.get(j).endsTransaction()) {
                            return new int[] {i, j};
                        }
                    }
                }
            }
            throw new AssertionError("no lock on " + table + " that ended, in: " + statements);
        }
    }

    public Run during(SqlStatements.Action action) throws Exception {
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
        try {
            action.run();
        } finally {
            jdbc.execute("SET GLOBAL general_log = 0");
        }
        // the log table keeps the order the statements came in
        List<Statement> all = jdbc.query("SELECT thread_id, CONVERT(argument USING utf8mb4) FROM mysql.general_log "
                + "WHERE command_type IN ('Query', 'Execute')", (row, i) -> new Statement(row.getLong(1),
                        row.getString(2)));
        return new Run(all.stream().filter(s -> !s.sql().toLowerCase(Locale.ROOT).contains("general_log")).toList());
    }
}
