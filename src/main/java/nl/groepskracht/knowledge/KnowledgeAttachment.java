package nl.groepskracht.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An attachment's facts and the text Tika found in it (searchable). The bytes live in
 * {@code knowledge_attachment_chunk} ({@link AttachmentStore}), so loading an item never loads files.
 */
@Entity
@Table(name = "knowledge_attachment")
class KnowledgeAttachment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private KnowledgeItem item;
    @Column(name = "file_name")
    @KeywordField(projectable = Projectable.YES)
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "extracted_text")
    @FullTextField(name = "text", analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "textWhole", analyzer = DutchAnalysis.WHOLE)
    private String extractedText;
    @Column(name = "uploaded_by")
    private long uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected KnowledgeAttachment() {
    }

    KnowledgeAttachment(KnowledgeItem item, InspectedFile file, long uploadedBy, Instant now) {
        this.item = item;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.extractedText = file.text();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    AttachmentInfo toInfo() {
        return new AttachmentInfo(getId(), fileName, mediaType, sizeBytes, sha256, uploadedAt);
    }

    String getFileName() {
        return fileName;
    }

    String getExtractedText() {
        return extractedText;
    }
}
