package nl.groepskracht.evaluation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Links made before the keyed links (V81) keep working: each gets its group and the key of its
 * invitation, made with the portal secret (which only the portal has, so this cannot be SQL). Run by
 * Flyway between V81 and V83, as a Spring bean so it gets the secret.
 */
@Component
class V82__Key_evaluation_links extends BaseJavaMigration {

    private final InvitationKeys keys;

    V82__Key_evaluation_links(InvitationKeys keys) {
        this.keys = keys;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (PreparedStatement links = connection.prepareStatement("SELECT l.token_hash, l.invitation_id, i.group_id"
                + " FROM evaluation_link l JOIN evaluation_invitation i ON i.id = l.invitation_id");
                PreparedStatement keyed = connection.prepareStatement(
                        "UPDATE evaluation_link SET group_id = ?, invitation_key = ? WHERE token_hash = ?");
                ResultSet rows = links.executeQuery()) {
            while (rows.next()) {
                keyed.setLong(1, rows.getLong(3));
                keyed.setBytes(2, keys.of(rows.getLong(2)));
                keyed.setBytes(3, rows.getBytes(1));
                keyed.executeUpdate();
            }
        }
    }
}
