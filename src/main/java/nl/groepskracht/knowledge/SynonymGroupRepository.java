package nl.groepskracht.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {

    List<SynonymGroup> findAllByOrderByIdAsc();

    /** Changes with every added, changed or deleted group: number, highest id and sum of versions. */
    @Query("select concat(count(g), ':', coalesce(max(g.id), 0), ':', coalesce(sum(g.version), 0)) "
            + "from SynonymGroup g")
    String stamp();
}
