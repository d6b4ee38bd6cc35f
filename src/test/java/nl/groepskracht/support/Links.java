package nl.groepskracht.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secret links a parent finds in their e-mail, read from the outbox before it is sent (the
 * database keeps only hashes of the tokens, and masks links once a mail is sent).
 */
public final class Links {

    private Links() {
    }

    public static String confirmToken(JdbcTemplate jdbc, String email) {
        return Parents.confirmToken(latest(jdbc, email, "%/aanmelding/%"));
    }

    public static String personalToken(JdbcTemplate jdbc, String email) {
        return Parents.personalToken(latest(jdbc, email, "%/mijn/%"));
    }

    private static String latest(JdbcTemplate jdbc, String email, String containing) {
        return jdbc.queryForList("select body_text from outbox_mail where recipient = ? and status <> 'SENT' "
                + "and body_text like ? order by id desc limit 1", String.class, email, containing).stream()
                .findFirst().orElseThrow(() -> new AssertionError("no unsent mail with a link for " + email));
    }
}
