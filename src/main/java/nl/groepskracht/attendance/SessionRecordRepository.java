package nl.groepskracht.attendance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

    List<SessionRecord> findBySessionIdIn(Collection<Long> sessionIds);
}
