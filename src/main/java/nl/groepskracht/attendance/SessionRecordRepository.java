package nl.groepskracht.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

    List<SessionRecord> findBySessionIdIn(Collection<Long> sessionIds);

    /** The session's record under a row lock: saves of one sheet from two tablets happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SessionRecord r where r.sessionId = :sessionId")
    Optional<SessionRecord> lockBySessionId(@Param("sessionId") long sessionId);

    /** Makes the row if it is not there yet, so that the lock above always has a row to take. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO session_record (session_id, updated_at, updated_by) VALUES (:sessionId, :now, :by)",
            nativeQuery = true)
    void createIfMissing(@Param("sessionId") long sessionId, @Param("now") java.time.Instant now,
            @Param("by") String by);
}
