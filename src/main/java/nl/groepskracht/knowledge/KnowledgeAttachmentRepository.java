package nl.groepskracht.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeAttachmentRepository extends JpaRepository<KnowledgeAttachment, Long> {
}
