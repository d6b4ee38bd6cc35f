package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of attachments, in the database (so a backup of the database is complete), in chunks
 * of 1 MiB: no statement comes near MariaDB's max_allowed_packet, and a download streams chunk by
 * chunk instead of holding the whole file.
 */
@Component
class AttachmentStore {

    static final int CHUNK = 1024 * 1024;
    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long attachmentId, byte[] content) {
        for (int seq = 0; seq * (long) CHUNK < content.length; seq++) {
            int from = seq * CHUNK;
            byte[] chunk = Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK));
            jdbc.update("INSERT INTO knowledge_attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)",
                    attachmentId, seq, chunk);
        }
    }

    void copyTo(long attachmentId, OutputStream out) {
        jdbc.query("SELECT data FROM knowledge_attachment_chunk WHERE attachment_id = ? ORDER BY seq", rs -> {
            try {
                out.write(rs.getBytes(1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, attachmentId);
    }
}
