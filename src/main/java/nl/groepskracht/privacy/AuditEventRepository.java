package nl.groepskracht.privacy;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    @Modifying
    @Query("update AuditEvent e set e.detail = null where e.registrationId in :ids and e.detail is not null")
    int forgetDetails(@Param("ids") Collection<Long> registrationIds);

    @Modifying
    @Query("update AuditEvent e set e.detail = null where e.registrationId is not null and e.detail is not null "
            + "and e.at < :before")
    int stripDetailsBefore(@Param("before") Instant before);
}
