package nl.groepskracht.signup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByConfirmToken(String token);

    /** Sign-ups never confirmed in time end; they never held a place. */
    @Modifying
    @Query("""
            update Registration r set r.status = nl.groepskracht.signup.RegistrationStatus.CANCELLED, r.cancelledAt = :now
            where r.status = nl.groepskracht.signup.RegistrationStatus.PENDING and r.createdAt < :before
            """)
    int expirePendingBefore(@Param("before") Instant before, @Param("now") Instant now);

    /** An earlier, still active sign-up of the same address for the same group. */
    @Query("""
            select r from Registration r
            where r.groupId = :groupId and r.participant.email = :email
              and r.status <> nl.groepskracht.signup.RegistrationStatus.CANCELLED
            """)
    List<Registration> activeFor(@Param("groupId") long groupId, @Param("email") String email);

    List<Registration> findByParticipantPersonalTokenOrderByCreatedAtDesc(String personalToken);

    List<Registration> findByGroupIdAndStatus(long groupId, RegistrationStatus status);

    List<Registration> findByGroupIdOrderByCreatedAt(long groupId);

    @Query("""
            select count(r) from Registration r
            where r.groupId = :groupId and r.status = nl.groepskracht.signup.RegistrationStatus.CANCELLED
              and r.confirmedAt is not null
            """)
    int countDropOuts(@Param("groupId") long groupId);

    int countByGroupIdAndStatus(long groupId, RegistrationStatus status);

    /** Places taken per group, in one query for the whole offer. */
    @Query("""
            select r.groupId as groupId, count(r) as taken from Registration r
            where r.status = nl.groepskracht.signup.RegistrationStatus.CONFIRMED and r.groupId in :groupIds
            group by r.groupId
            """)
    List<TakenPlaces> takenPlaces(@Param("groupIds") Collection<Long> groupIds);

    interface TakenPlaces {
        long getGroupId();

        long getTaken();
    }

    /** The waiting list in order: who waited longest comes first. */
    @Query("""
            select r from Registration r
            where r.groupId = :groupId and r.status = nl.groepskracht.signup.RegistrationStatus.WAITLISTED
            order by r.waitlistedAt, r.id
            """)
    List<Registration> waitingList(@Param("groupId") long groupId);

    @Query("""
            select count(r) from Registration r
            where r.groupId = :groupId and r.status = nl.groepskracht.signup.RegistrationStatus.WAITLISTED
              and (r.waitlistedAt < :at or (r.waitlistedAt = :at and r.id <= :id))
            """)
    int waitlistPosition(@Param("groupId") long groupId, @Param("at") Instant waitlistedAt, @Param("id") long id);
}
