package nl.groepskracht.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym list of the knowledge search: groups of words that mean the same here ("scheiding,
 * echtscheiding, uit elkaar gaan"). Every professional's search uses it; the adviseur and the
 * administrator keep it. A change applies to the next search on this portal instance, and within
 * {@link SearchVocabulary#TTL} on the others.
 */
@Service
public class KnowledgeSynonyms {

    static final int WORD_MAX = 60;
    static final int GROUP_MAX = 1000;
    private final SynonymGroupRepository groups;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    KnowledgeSynonyms(SynonymGroupRepository groups, Clock clock, ApplicationEventPublisher events) {
        this.groups = groups;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<SynonymGroupItem> list() {
        return groups.findAllByOrderByIdAsc().stream().map(SynonymGroup::toItem).toList();
    }

    /**
     * Creates ({@code id == null}) or changes a group from its text, words separated by commas.
     * Refused at the field: fewer than two words, a word with other signs than letters, digits,
     * spaces, hyphens and apostrophes, a word in another group already.
     */
    @Transactional
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public long save(Long id, String text) {
        List<String> words = words(text);
        Set<String> taken = new java.util.HashSet<>();
        groups.findAll().stream().filter(g -> !g.getId().equals(id)).forEach(g -> g.words().stream()
                .map(KnowledgeSynonyms::key).forEach(taken::add));
        for (String word : words) {
            if (taken.contains(key(word))) {
                throw new FieldValidationException("words", "knowledge.synonyms.taken", word);
            }
        }
        SynonymGroup group = id == null ? new SynonymGroup(words, clock.instant())
                : groups.findById(id).orElseThrow(() -> new KnowledgeNotFoundException("synonym group " + id));
        group.apply(words, clock.instant());
        long saved = groups.saveAndFlush(group).getId();
        events.publishEvent(new SynonymsChanged());
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public void delete(long id) {
        groups.deleteById(id);
        events.publishEvent(new SynonymsChanged());
    }

    private static List<String> words(String text) {
        String all = text == null ? "" : text;
        if (all.length() > GROUP_MAX) {
            throw new FieldValidationException("words", "knowledge.synonyms.too-long", GROUP_MAX);
        }
        var words = new LinkedHashSet<String>();
        Set<String> keys = new java.util.HashSet<>();
        for (String word : Arrays.stream(all.split("[,\\n]")).map(w -> w.strip().replaceAll("\\s+", " ")).toList()) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() > WORD_MAX || !word.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '’-]*")) {
                throw new FieldValidationException("words", "knowledge.synonyms.word-format", word);
            }
            if (keys.add(key(word))) {
                words.add(word);
            }
        }
        if (words.size() < 2) {
            throw new FieldValidationException("words", "knowledge.synonyms.too-few");
        }
        return new ArrayList<>(words);
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
