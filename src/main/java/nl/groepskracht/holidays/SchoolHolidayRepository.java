package nl.groepskracht.holidays;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchoolHolidayRepository extends JpaRepository<SchoolHoliday, Long> {

    /** The region's holidays that overlap the days from {@code from} to {@code to}. */
    @Query("""
            select h from SchoolHoliday h
            where h.region = :region and h.startsOn <= :to and h.endsOn >= :from order by h.startsOn
            """)
    List<SchoolHoliday> overlapping(@Param("region") SchoolRegion region, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
