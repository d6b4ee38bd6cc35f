package nl.groepskracht.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;

/** A full copy of an item's text as it was saved; never changed afterwards. */
@Entity
@Table(name = "knowledge_version")
class KnowledgeVersion extends AbstractEntity {

    @Column(name = "item_id")
    private long itemId;
    private int number;
    private String title;
    private String summary;
    private String body;
    private String tags;
    @Column(name = "edited_by")
    private long editedBy;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected KnowledgeVersion() {
    }

    KnowledgeVersion(KnowledgeItem item, long editedBy, Integer restoredFrom) {
        this.itemId = item.getId();
        this.number = item.getRevision();
        this.title = item.getTitle();
        this.summary = item.getSummary();
        this.body = item.getBody();
        this.tags = String.join(", ", item.getTags());
        this.editedBy = editedBy;
        this.editedAt = item.getUpdatedAt();
        this.restoredFrom = restoredFrom;
    }

    VersionInfo toInfo(String editorName) {
        return new VersionInfo(number, editorName, editedAt, restoredFrom);
    }

    VersionText toText() {
        return new VersionText(number, title, summary, body, tags);
    }

    long getEditedBy() {
        return editedBy;
    }

    int getNumber() {
        return number;
    }
}
