package nl.groepskracht.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Claims due mails: the row locks are held until the dispatcher's transaction ends, and a second
     * dispatcher (another portal instance) skips locked rows instead of sending them too.
     */
    @Query(value = """
            SELECT id FROM outbox_mail
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY id LIMIT :batch
            FOR UPDATE SKIP LOCKED
            """, nativeQuery = true)
    List<Long> claimDue(@Param("now") Instant now, @Param("batch") int batch);

    /** Sent (or failed) mails created before the moment: their content is no longer needed. */
    @Modifying
    @Query("delete from OutboxMail m where m.status = :status and m.createdAt < :before")
    int deleteFinishedBefore(@Param("status") MailStatus status, @Param("before") Instant before);
}
