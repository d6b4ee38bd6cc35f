package nl.groepskracht.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

    List<GroupSession> findByGroupIdOrderByStartsAt(long groupId);

    List<GroupSession> findByGroupIdInOrderByStartsAt(Collection<Long> groupIds);

    @Query("""
            select count(s) from GroupSession s
            where s.groupId = :groupId and s.status = nl.groepskracht.schedule.SessionStatus.PLANNED
              and s.startsAt > :now
            """)
    int countPlannedAfter(@Param("groupId") long groupId, @Param("now") Instant now);

    @Query("""
            select s from GroupSession s
            where s.status = nl.groepskracht.schedule.SessionStatus.PLANNED and s.startsAt > :from and s.startsAt <= :to
            order by s.startsAt
            """)
    List<GroupSession> plannedStartingBetween(@Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select s from GroupSession s
            where s.groupId = :groupId and s.status = nl.groepskracht.schedule.SessionStatus.PLANNED
              and s.startsAt < :end and s.endsAt > :start
            """)
    List<GroupSession> plannedOverlapping(@Param("groupId") long groupId, @Param("start") Instant start,
            @Param("end") Instant end);
}
