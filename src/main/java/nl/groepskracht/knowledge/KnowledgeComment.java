package nl.groepskracht.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;

/** A question or remark under an item, to its author and other readers. */
@Entity
@Table(name = "knowledge_comment")
class KnowledgeComment extends AbstractEntity {

    @Column(name = "item_id")
    private long itemId;
    @Column(name = "author_id")
    private long authorId;
    private String text;
    @Column(name = "created_at")
    private Instant createdAt;

    protected KnowledgeComment() {
    }

    KnowledgeComment(long itemId, long authorId, String text, Instant now) {
        this.itemId = itemId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = now;
    }

    long getAuthorId() {
        return authorId;
    }

    CommentInfo toInfo(String authorName) {
        return new CommentInfo(getId(), authorName, text, createdAt);
    }
}
