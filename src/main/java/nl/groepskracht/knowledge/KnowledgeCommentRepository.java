package nl.groepskracht.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeCommentRepository extends JpaRepository<KnowledgeComment, Long> {

    List<KnowledgeComment> findByItemIdOrderByCreatedAtAscIdAsc(long itemId);
}
