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

    /**
     * Groups matching the filter; {@code facilitatorId} limits the list to that person's groups. The
     * status is the one people read at {@code now}: "afgelopen" is an open or running group whose last
     * session ended (see {@link GroupStatus#FINISHED}), and no longer "open" or "running".
     */
    @Query("""
            select g from ParentGroup g
            where (:facilitatorId is null or :facilitatorId member of g.facilitatorIds)
              and (:wijkId is null or g.wijkId = :wijkId)
              and (:themeId is null or g.themeId = :themeId)
              and (:status is null
                   or (:status = nl.groepskracht.group.GroupStatus.FINISHED
                       and g.status in (nl.groepskracht.group.GroupStatus.OPEN, nl.groepskracht.group.GroupStatus.RUNNING)
                       and g.lastSessionEnd <= :now)
                   or (g.status = :status and (g.status not in (nl.groepskracht.group.GroupStatus.OPEN,
                       nl.groepskracht.group.GroupStatus.RUNNING) or g.lastSessionEnd is null or g.lastSessionEnd > :now)))
              and (:from is null or g.endsOn is null or g.endsOn >= :from)
              and (:to is null or g.startsOn is null or g.startsOn <= :to)
            """)
    Page<ParentGroup> search(@Param("facilitatorId") Long facilitatorId, @Param("wijkId") Long wijkId,
            @Param("themeId") Long themeId, @Param("status") GroupStatus status, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("now") java.time.Instant now, Pageable page);

    /** Open groups whose last planned session is still to begin: the public offer. */
    @Query("""
            select g from ParentGroup g
            where g.status = nl.groepskracht.group.GroupStatus.OPEN and g.lastSessionStart > :now
              and (:wijkId is null or g.wijkId = :wijkId) and (:themeId is null or g.themeId = :themeId)
            """)
    Page<ParentGroup> offer(@Param("wijkId") Long wijkId, @Param("themeId") Long themeId,
            @Param("now") java.time.Instant now, Pageable page);

    /**
     * A page of the offer with the number of all groups that match in every row ({@code count(*) over ()},
     * counted before the page is cut): one statement for both, however many groups there are.
     */
    @Query("""
            select g, count(*) over () from ParentGroup g
            where g.status = nl.groepskracht.group.GroupStatus.OPEN and g.lastSessionStart > :now
              and (:wijkId is null or g.wijkId = :wijkId) and (:themeId is null or g.themeId = :themeId)
            """)
    List<Object[]> offerWithTotal(@Param("wijkId") Long wijkId, @Param("themeId") Long themeId,
            @Param("now") java.time.Instant now, Pageable page);

    /** A page of the offer in one statement (a page beyond the last has no row to carry the total: counted). */
    default Page<ParentGroup> offerPage(Long wijkId, Long themeId, java.time.Instant now, Pageable page) {
        List<Object[]> rows = offerWithTotal(wijkId, themeId, now, page);
        if (rows.isEmpty() && page.getPageNumber() > 0) {
            return offer(wijkId, themeId, now, page);
        }
        return new org.springframework.data.domain.PageImpl<>(rows.stream().map(row -> (ParentGroup) row[0]).toList(),
                page, rows.isEmpty() ? 0 : (Long) rows.getFirst()[1]);
    }

    /** Groups whose name contains this text (the audit log's group filter). */
    List<ParentGroup> findByNameContainingIgnoreCase(String text, Pageable page);

    @Query("select g.id from ParentGroup g where :userId member of g.facilitatorIds")
    List<Long> idsFacilitatedBy(@Param("userId") long userId);

    /** Their facilitators come in one more statement for all of them ({@code @BatchSize}). */
    @Query("select g from ParentGroup g where :userId member of g.facilitatorIds")
    List<ParentGroup> facilitatedBy(@Param("userId") long userId);

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
