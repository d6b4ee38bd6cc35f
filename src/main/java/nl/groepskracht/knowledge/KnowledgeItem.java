package nl.groepskracht.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.groepskracht.base.AbstractEntity;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A knowledge item. The index holds title, tags, summary, the body as plain text and the text of
 * the attachments, each analysed for Dutch; theme, wijk, kind and tags also as exact values for
 * the filters.
 */
@Entity
@Table(name = "knowledge_item")
@Indexed(index = "knowledge")
class KnowledgeItem extends AbstractEntity {

    @FullTextField(analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "titleWhole", analyzer = DutchAnalysis.WHOLE)
    private String title;
    @FullTextField(analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "summaryWhole", analyzer = DutchAnalysis.WHOLE)
    private String summary;
    private String body;
    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private KnowledgeKind kind;
    @Column(name = "theme_id")
    @GenericField(projectable = Projectable.YES)
    private Long themeId;
    @Column(name = "wijk_id")
    @GenericField(projectable = Projectable.YES)
    private Long wijkId;
    @Column(name = "group_id")
    @GenericField(projectable = Projectable.YES)
    private Long groupId;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "licence_note")
    private String licenceNote;
    @Column(name = "author_id")
    @GenericField(projectable = Projectable.YES)
    private Long authorId;
    private int revision;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "knowledge_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    @FullTextField(name = "tags", analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "tagsWhole", analyzer = DutchAnalysis.WHOLE)
    @KeywordField(name = "tag", normalizer = DutchAnalysis.LOWERCASE)
    private Set<String> tags = new TreeSet<>();

    @OneToMany(mappedBy = "item")
    @OrderBy("id")
    @IndexedEmbedded(includePaths = {"fileName", "text", "textWhole"})
    private List<KnowledgeAttachment> attachments = new ArrayList<>();

    protected KnowledgeItem() {
    }

    KnowledgeItem(long authorId, Instant now) {
        this.authorId = authorId;
        this.createdAt = now;
    }

    /** Takes the draft's text and facts as the next revision. */
    void apply(KnowledgeDraft draft, Instant now) {
        title = draft.getTitle().strip();
        summary = draft.getSummary().strip();
        body = draft.getBody() == null ? "" : draft.getBody().strip();
        kind = draft.getKind();
        themeId = draft.getThemeId();
        wijkId = draft.getWijkId();
        groupId = draft.getGroupId();
        sessionId = draft.getSessionId();
        licenceNote = draft.getLicenceNote() == null || draft.getLicenceNote().isBlank() ? null
                : draft.getLicenceNote().strip();
        tags.clear();
        tags.addAll(Tags.normalise(draft.getTags()));
        revision++;
        // as the database keeps it, so the index's copy compares equal after a restart
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The body as a reader sees it, without Markdown syntax: what the search indexes and highlights. */
    @Transient
    @FullTextField(name = "body", analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "bodyWhole", analyzer = DutchAnalysis.WHOLE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    String getPlainBody() {
        return Markdown.toPlainText(body);
    }

    /** The words the spell checker may suggest ("Bedoelde u …?"): the item's own text, not its attachments. */
    @Transient
    @FullTextField(name = KnowledgeSearch.SPELLING, analyzer = DutchAnalysis.SPELLING, norms = Norms.NO)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
        @ObjectPath(@PropertyValue(propertyName = "tags"))})
    String getSpellingText() {
        return String.join("\n", title, summary, String.join(", ", tags), getPlainBody());
    }

    KnowledgeDraft toDraft() {
        var draft = new KnowledgeDraft();
        draft.setTitle(title);
        draft.setSummary(summary);
        draft.setBody(body);
        draft.setKind(kind);
        draft.setThemeId(themeId);
        draft.setWijkId(wijkId);
        draft.setGroupId(groupId);
        draft.setSessionId(sessionId);
        draft.setLicenceNote(licenceNote);
        draft.setTags(new TreeSet<>(tags));
        return draft;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getBody() {
        return body;
    }

    KnowledgeKind getKind() {
        return kind;
    }

    Long getThemeId() {
        return themeId;
    }

    Long getWijkId() {
        return wijkId;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getLicenceNote() {
        return licenceNote;
    }

    long getAuthorId() {
        return authorId;
    }

    int getRevision() {
        return revision;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Set<String> getTags() {
        return tags;
    }

    List<KnowledgeAttachment> getAttachments() {
        return attachments;
    }
}
