package nl.groepskracht.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.groepskracht.base.AbstractEntity;

/** Words that mean the same here, kept as the adviseur typed them, separated by commas. */
@Entity
@Table(name = "knowledge_synonym_group")
class SynonymGroup extends AbstractEntity {

    private String words;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SynonymGroup() {
    }

    SynonymGroup(List<String> words, Instant now) {
        apply(words, now);
    }

    void apply(List<String> words, Instant now) {
        this.words = String.join(", ", words);
        this.updatedAt = now;
    }

    List<String> words() {
        return Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    SynonymGroupItem toItem() {
        return new SynonymGroupItem(getId(), words());
    }
}
