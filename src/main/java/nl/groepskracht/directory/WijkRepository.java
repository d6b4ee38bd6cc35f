package nl.groepskracht.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface WijkRepository extends JpaRepository<Wijk, Long> {

    boolean existsByNameAndMunicipalityAndIdNot(String name, String municipality, Long id);

    boolean existsByCbsCodeAndIdNot(String cbsCode, Long id);
}
