package nl.groepskracht.evaluation;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A failed submit of the evaluation form is answered with a redirect (Post/Redirect/Get: Back never asks
 * to send the form again); what the parent chose and typed waits here until the form shows it again with
 * its errors. Kept for an hour at most, under a random id, with nothing that leads to the parent: the
 * answers stay as anonymous as those stored.
 */
@Service
@nl.groepskracht.base.AccessRule("anyone: the public form after a failed submit; a retry is found only by its random id and holds"
        + " no token, name or address")
public class EvaluationRetries {

    /** What a failed submit held, and whether its form had expired (its token no longer matched). */
    public record Retry(EvaluationForm form, boolean stale) {
    }

    static final Duration KEPT_FOR = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvaluationRetries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the form as sent; returns the id for the address of the page that shows it again. */
    @Transactional
    public String keep(EvaluationForm form, boolean stale) {
        jdbc.update("DELETE FROM evaluation_retry WHERE created_at < ?", Timestamp.from(clock.instant().minus(KEPT_FOR)));
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        jdbc.update("""
                INSERT INTO evaluation_retry (id, created_at, stale, usefulness, goal_reached, support, recommend,
                    more_help, most_valuable, could_be_better) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, Timestamp.from(clock.instant()), stale, cut(form.getUsefulness(), 8), cut(form.getGoalReached(), 8),
                cut(form.getSupport(), 8), cut(form.getRecommend(), 8), cut(form.getMoreHelp(), 16),
                cut(form.getMostValuable(), EvaluationForm.OPEN_MAX + 1),
                cut(form.getCouldBeBetter(), EvaluationForm.OPEN_MAX + 1));
        return HEX.formatHex(id);
    }

    /** The form a failed submit left (a reload shows it again); empty for an unknown or old id. */
    @Transactional(readOnly = true)
    public Optional<Retry> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return jdbc.query("SELECT * FROM evaluation_retry WHERE id = ? AND created_at >= ?", (row, i) -> {
            var form = new EvaluationForm();
            form.setUsefulness(row.getString("usefulness"));
            form.setGoalReached(row.getString("goal_reached"));
            form.setSupport(row.getString("support"));
            form.setRecommend(row.getString("recommend"));
            form.setMoreHelp(row.getString("more_help"));
            form.setMostValuable(row.getString("most_valuable"));
            form.setCouldBeBetter(row.getString("could_be_better"));
            return new Retry(form, row.getBoolean("stale"));
        }, HEX.parseHex(id), Timestamp.from(clock.instant().minus(KEPT_FOR))).stream().findFirst();
    }

    /** The form was sent: what it held goes. */
    @Transactional
    public void forget(String id) {
        if (id != null && id.matches("[0-9a-f]{32}")) {
            jdbc.update("DELETE FROM evaluation_retry WHERE id = ?", (Object) HEX.parseHex(id));
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
