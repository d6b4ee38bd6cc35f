package nl.groepskracht.signup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** Registrations in these groups whose parent is not anonymised yet. */
    @Query("""
            select r.id from Registration r where r.groupId in :groupIds and r.participant.anonymisedAt is null
            """)
    List<Long> withPersonInGroups(@Param("groupIds") Collection<Long> groupIds);

    /** Sign-ups that never got a place or a waiting-list position, older than the moment, not anonymised. */
    @Query("""
            select r.id from Registration r
            where r.confirmedAt is null and r.waitlistedAt is null and r.createdAt < :before
              and r.status <> nl.groepskracht.signup.RegistrationStatus.CONFIRMED
              and r.status <> nl.groepskracht.signup.RegistrationStatus.WAITLISTED
              and r.participant.anonymisedAt is null
            """)
    List<Long> neverConfirmedBefore(@Param("before") Instant before);

    @Modifying
    @Query("update Registration r set r.emailHash = null where r.id in :ids")
    int forgetPersons(@Param("ids") Collection<Long> ids);

    /** Which registration and group an id is about, without loading it (it is loaded after the group's lock). */
    @Query("select r.id as id, r.groupId as groupId from Registration r where r.id = :id")
    Optional<Key> keyById(@Param("id") long id);

    interface Key {
        long getId();

        long getGroupId();
    }

    /** Sign-ups never confirmed in time end; they never held a place. */
    @Modifying
    @Query("""
            update Registration r set r.status = nl.groepskracht.signup.RegistrationStatus.CANCELLED, r.cancelledAt = :now
            where r.status = nl.groepskracht.signup.RegistrationStatus.PENDING and r.createdAt < :before
            """)
    int expirePendingBefore(@Param("before") Instant before, @Param("now") Instant now);

    /** An earlier, still active sign-up of the same address for the same group. */
    @Query("""
            select r from Registration r join fetch r.participant
            where r.groupId = :groupId and r.emailHash = :emailHash
              and r.status <> nl.groepskracht.signup.RegistrationStatus.CANCELLED
            """)
    List<Registration> activeFor(@Param("groupId") long groupId, @Param("emailHash") byte[] emailHash);

    /**
     * Every registration of the person behind one registration: the same family key (the same
     * address), not anonymised; newest first.
     */
    @Query("""
            select r from Registration r join fetch r.participant p
            where p.anonymisedAt is null and (p.familyKey =
                (select q.familyKey from Registration s join s.participant q where s.id = :registrationId)
              or r.emailHash = (select s.emailHash from Registration s where s.id = :registrationId))
            order by r.createdAt desc, r.id desc
            """)
    List<Registration> ofPersonBehind(@Param("registrationId") long registrationId);

    /** The person's sign-ups with exactly this address hash, newest first (for a fresh personal link). */
    @Query("""
            select r from Registration r join fetch r.participant p
            where r.emailHash = :hash and p.anonymisedAt is null order by r.createdAt desc, r.id desc
            """)
    List<Registration> latestOfPerson(@Param("hash") byte[] emailHash);

    /** Every sign-up with exactly this address (its hash), with its parent, oldest first. */
    @Query("select r from Registration r join fetch r.participant where r.emailHash = :hash order by r.id")
    List<Registration> ofAddress(@Param("hash") byte[] emailHash);

    /** The family key of earlier sign-ups with exactly this address (its hash; not by a collation). */
    @Query("select p.familyKey from Registration r join r.participant p where r.emailHash = :hash order by r.id")
    List<String> familyKeysOf(@Param("hash") byte[] emailHash);

    @EntityGraph(attributePaths = "participant")
    List<Registration> findByGroupIdAndStatus(long groupId, RegistrationStatus status);

    @Query("""
            select r.id from Registration r
            where r.groupId = :groupId and r.status = nl.groepskracht.signup.RegistrationStatus.CONFIRMED
            """)
    List<Long> confirmedIds(@Param("groupId") long groupId);

    @EntityGraph(attributePaths = "participant")
    List<Registration> findByGroupIdOrderByCreatedAt(long groupId);

    @EntityGraph(attributePaths = "participant")
    List<Registration> findByGroupIdAndStatusIn(long groupId, Collection<RegistrationStatus> statuses);

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

    /** Sign-ups per group and status, and how many of them came in since a moment: the start page. */
    @Query("""
            select r.groupId as groupId, r.status as status, count(r) as total,
                   sum(case when r.createdAt >= :since then 1 else 0 end) as recent
            from Registration r where r.groupId in :groupIds group by r.groupId, r.status
            """)
    List<StatusCount> statusCounts(@Param("groupIds") Collection<Long> groupIds, @Param("since") Instant since);

    interface StatusCount {
        long getGroupId();

        RegistrationStatus getStatus();

        long getTotal();

        long getRecent();
    }

    /** The waiting list in order: who waited longest comes first. */
    @Query("""
            select r from Registration r join fetch r.participant
            where r.groupId = :groupId and r.status = nl.groepskracht.signup.RegistrationStatus.WAITLISTED
            order by r.waitlistedAt, r.id
            """)
    List<Registration> waitingList(@Param("groupId") long groupId);

    /**
     * A registration with, in the same statement, its status as stored now, its group's places taken and how many
     * would wait ahead of it if it were put on the waiting list at {@code now} (as {@link #waitlistPosition} counts).
     */
    @Query("""
            select r, r.status,
              (select count(c) from Registration c where c.groupId = r.groupId
                 and c.status = nl.groepskracht.signup.RegistrationStatus.CONFIRMED),
              (select count(w) from Registration w where w.groupId = r.groupId
                 and w.status = nl.groepskracht.signup.RegistrationStatus.WAITLISTED
                 and (w.waitlistedAt < :now or (w.waitlistedAt = :now and w.id < r.id)))
            from Registration r where r.id = :id
            """)
    List<Object[]> withPlaces(@Param("id") long id, @Param("now") Instant now);

    @Query("select r from Registration r join fetch r.participant where r.id = :id")
    Optional<Registration> withParticipant(@Param("id") long id);

    @Query("""
            select count(r) from Registration r
            where r.groupId = :groupId and r.status = nl.groepskracht.signup.RegistrationStatus.WAITLISTED
              and (r.waitlistedAt < :at or (r.waitlistedAt = :at and r.id <= :id))
            """)
    int waitlistPosition(@Param("groupId") long groupId, @Param("at") Instant waitlistedAt, @Param("id") long id);
}
