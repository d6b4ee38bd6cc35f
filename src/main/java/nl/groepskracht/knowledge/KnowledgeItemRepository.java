package nl.groepskracht.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeItemRepository extends JpaRepository<KnowledgeItem, Long> {

    List<KnowledgeItem> findByGroupIdOrderByUpdatedAtDesc(long groupId);

    @org.springframework.data.jpa.repository.Query("""
            select new nl.groepskracht.knowledge.ThemedTitle(i.themeId, i.title, i.summary) from KnowledgeItem i
            where i.kind = :kind and i.themeId in :themes order by i.title""")
    List<ThemedTitle> titles(@org.springframework.data.repository.query.Param("kind") KnowledgeKind kind,
            @org.springframework.data.repository.query.Param("themes") java.util.Collection<Long> themes);

    Optional<KnowledgeItem> findFirstByOrderByUpdatedAtDesc();

    /** Every item's id and last change: what the shared index must hold ({@link SearchCatchUp}). */
    @org.springframework.data.jpa.repository.Query("select i.id, i.updatedAt from KnowledgeItem i")
    List<Object[]> changes();
}
