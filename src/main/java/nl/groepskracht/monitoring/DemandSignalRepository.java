package nl.groepskracht.monitoring;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DemandSignalRepository extends JpaRepository<DemandSignal, Long> {

    @Query("""
            select d from DemandSignal d
            where (:wijk is null or d.wijkId = :wijk) and (:theme is null or d.themeId = :theme)
              and (:status is null or d.status = :status)
            """)
    Page<DemandSignal> search(@Param("wijk") Long wijk, @Param("theme") Long theme,
            @Param("status") SignalStatus status, Pageable page);
}
