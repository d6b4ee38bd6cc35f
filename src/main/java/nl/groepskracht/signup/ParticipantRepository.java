package nl.groepskracht.signup;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /** Anonymises the parents of these registrations (see {@link Participant#anonymise}); the family key stays. */
    @Modifying
    @Query("""
            update Participant p set p.name = null, p.email = null, p.phone = null, p.childrenCount = null,
              p.childrenAges = null, p.anonymisedAt = :now
            where p.anonymisedAt is null and p.id in (select r.participant.id from Registration r where r.id in :ids)
            """)
    int anonymiseOf(@Param("ids") java.util.Collection<Long> registrationIds, @Param("now") java.time.Instant now);
}
