package nl.groepskracht.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByNameAndIdNot(String name, Long id);
}
