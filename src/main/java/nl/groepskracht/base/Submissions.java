package nl.groepskracht.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create action idempotent per form submission: the submission's key is written in the same
 * transaction as what it creates, under a primary key. A second call with that key (a double click,
 * a request the browser sent again) waits for the first to commit, finds the key and returns the
 * first result instead of creating again; when the first rolled back (a refused input), the key is
 * gone with it and the corrected form goes through.
 */
@Component
public class Submissions {

    /** How long a key is remembered: far longer than any retry, short enough to keep the table small. */
    static final Duration KEEP = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Submissions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a submission made: its id, and whether this call only found it (a repeat). */
    public record Outcome(long id, boolean repeated) {
    }

    /** Runs {@code create} once per key and kind, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome once(SubmissionKey key, String kind, LongSupplier create) {
        byte[] id = key.bytes();
        int claimed = jdbc.update("INSERT IGNORE INTO form_submission (submission_key, kind, created_at)"
                + " VALUES (?, ?, ?)", id, kind, Timestamp.from(clock.instant()));
        if (claimed == 0) {
            List<Long> made = jdbc.queryForList("SELECT result_id FROM form_submission WHERE submission_key = ?"
                    + " AND kind = ?", Long.class, id, kind);
            if (made.isEmpty() || made.getFirst() == null) {
                throw new IllegalStateException("submission key reused for another kind of form: " + kind);
            }
            return new Outcome(made.getFirst(), true);
        }
        long result = create.getAsLong();
        jdbc.update("UPDATE form_submission SET result_id = ? WHERE submission_key = ?", result, id);
        return new Outcome(result, false);
    }

    @Scheduled(fixedDelayString = "${groepskracht.submissions.purge-interval:1h}", initialDelayString = "1m")
    @Transactional
    public void purge() {
        jdbc.update("DELETE FROM form_submission WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(KEEP)));
    }
}
