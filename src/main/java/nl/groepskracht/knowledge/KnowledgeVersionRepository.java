package nl.groepskracht.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeVersionRepository extends JpaRepository<KnowledgeVersion, Long> {

    List<KnowledgeVersion> findByItemIdOrderByNumberDesc(long itemId);

    Optional<KnowledgeVersion> findByItemIdAndNumber(long itemId, int number);
}
