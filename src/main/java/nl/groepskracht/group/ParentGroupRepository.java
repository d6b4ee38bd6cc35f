package nl.groepskracht.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

interface ParentGroupRepository extends JpaRepository<ParentGroup, Long> {

    /** Groups matching the filter; {@code facilitatorId} limits the list to that person's groups. */
    @Query("""
            select g from ParentGroup g
            where (:facilitatorId is null or :facilitatorId member of g.facilitatorIds)
              and (:wijkId is null or g.wijkId = :wijkId)
              and (:themeId is null or g.themeId = :themeId)
              and (:status is null or g.status = :status)
              and (:from is null or g.endsOn is null or g.endsOn >= :from)
              and (:to is null or g.startsOn is null or g.startsOn <= :to)
            """)
    Page<ParentGroup> search(@Param("facilitatorId") Long facilitatorId, @Param("wijkId") Long wijkId,
            @Param("themeId") Long themeId, @Param("status") GroupStatus status, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable page);

    /** Open groups whose last planned session is today or later: the public offer. */
    @Query("""
            select g from ParentGroup g
            where g.status = nl.groepskracht.group.GroupStatus.OPEN and g.endsOn >= :today
              and (:wijkId is null or g.wijkId = :wijkId) and (:themeId is null or g.themeId = :themeId)
            """)
    Page<ParentGroup> offer(@Param("wijkId") Long wijkId, @Param("themeId") Long themeId,
            @Param("today") LocalDate today, Pageable page);

    /** Groups whose name contains this text (the audit log's group filter). */
    List<ParentGroup> findByNameContainingIgnoreCase(String text, Pageable page);

    @Query("select g.id from ParentGroup g where :userId member of g.facilitatorIds")
    List<Long> idsFacilitatedBy(@Param("userId") long userId);

    @Query("""
            select g.id from ParentGroup g
            where (g.status = nl.groepskracht.group.GroupStatus.CLOSED and g.closedAt < :before)
               or (g.endsOn is not null and g.endsOn < :day)
               or (g.endsOn is null and g.createdAt < :before)
            """)
    List<Long> overBefore(@Param("before") java.time.Instant before, @Param("day") LocalDate day);

    /** Takes the group's row lock, so that capacity decisions on it happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from ParentGroup g where g.id = :id")
    Optional<ParentGroup> lockById(@Param("id") long id);

    /**
     * Writes the locked row. A row lock holds only on the database node that took it; on a Galera cluster
     * with writes on several nodes, two sign-ups decided at once on two nodes would both see a free place.
     * Writing the row makes them conflict at commit (certification): the second is rolled back and
     * decided again, now seeing the first.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "UPDATE parent_group SET enrolment_turn = enrolment_turn + 1 WHERE id = :id", nativeQuery = true)
    int takeEnrolmentTurn(@Param("id") long id);
}
