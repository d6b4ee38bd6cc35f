package nl.groepskracht.signup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /** The family key of earlier sign-ups with this (normalised) address, oldest first. */
    @Query("select p.familyKey from Participant p where p.email = :email order by p.id")
    List<String> familyKeysOf(@Param("email") String email);
}
