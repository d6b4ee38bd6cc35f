package nl.groepskracht.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeItemRepository extends JpaRepository<KnowledgeItem, Long> {

    List<KnowledgeItem> findByGroupIdOrderByUpdatedAtDesc(long groupId);

    Optional<KnowledgeItem> findFirstByOrderByUpdatedAtDesc();
}
