package nl.groepskracht.attendance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.key.sessionId in :sessionIds")
    List<Attendance> forSessions(@Param("sessionIds") Collection<Long> sessionIds);

    @Query("select a from Attendance a where a.key.registrationId = :registrationId")
    List<Attendance> forRegistration(@Param("registrationId") long registrationId);
}
