package nl.groepskracht.mail;

import java.time.Instant;
import java.util.Optional;
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
            ORDER BY id LIMIT 1
            FOR UPDATE SKIP LOCKED
            """, nativeQuery = true)
    Optional<Long> claimNextDue(@Param("now") Instant now);

    /** Interrupted while sending: FAILED (not sent again by itself), its secret links masked. */
    @Modifying
    @Query(value = """
            UPDATE outbox_mail SET status = 'FAILED', last_error = :reason, lease_until = NULL,
              body_text = REGEXP_REPLACE(body_text, '/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', '/•••'),
              body_html = REGEXP_REPLACE(body_html, '/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', '/•••')
            WHERE status = 'SENDING' AND lease_until < :now AND forget_after_sending = FALSE
            """, nativeQuery = true)
    int failInterrupted(@Param("now") Instant now, @Param("reason") String reason);

    long countByStatus(MailStatus status);

    /** Mails waiting past their turn by more than a while: the dispatcher or the SMTP server is stuck. */
    @Query("""
            select count(m) from OutboxMail m
            where m.status = nl.groepskracht.mail.MailStatus.PENDING and m.nextAttemptAt < :late
            """)
    long countLate(@Param("late") Instant late);

    /** The administrator's list: by status and/or a part of the recipient's address. */
    @Query("""
            select m from OutboxMail m
            where (:status is null or m.status = :status)
              and (:recipient is null or lower(m.recipient) like concat('%', :recipient, '%'))
            """)
    org.springframework.data.domain.Page<OutboxMail> search(@Param("status") MailStatus status,
            @Param("recipient") String recipient, org.springframework.data.domain.Pageable page);

    @Modifying
    @Query("""
            delete from OutboxMail m where lower(m.recipient) = :address and m.forgetAfterSending = false
              and m.status <> nl.groepskracht.mail.MailStatus.SENDING
            """)
    int forgetRecipient(@Param("address") String address);

    /** A mail being sent right now cannot be deleted under the dispatcher's feet: it is forgotten once finished. */
    @Modifying
    @Query("""
            update OutboxMail m set m.forgetAfterSending = true
            where lower(m.recipient) = :address and m.status = nl.groepskracht.mail.MailStatus.SENDING
            """)
    int forgetOnceSent(@Param("address") String address);

    /** Mails to forget once finished: gone when their sending was interrupted, or after a week whatever happened. */
    @Modifying
    @Query("""
            delete from OutboxMail m where m.forgetAfterSending = true and (m.createdAt < :before
              or (m.status = nl.groepskracht.mail.MailStatus.SENDING and m.leaseUntil < :now))
            """)
    int deleteForgotten(@Param("before") Instant before, @Param("now") Instant now);

    /** Sent (or failed) mails created before the moment: their content is no longer needed. */
    @Modifying
    @Query("delete from OutboxMail m where m.status = :status and m.createdAt < :before")
    int deleteFinishedBefore(@Param("status") MailStatus status, @Param("before") Instant before);
}
