package nl.groepskracht.signup;

import nl.groepskracht.base.AccessRule;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free text that professionals share (a session report in the knowledge base) must not name the
 * group's parents: every professional reads it and its versions are kept. This finds the words of a
 * text that are (a part of) the name of a parent who ever signed up for the group — whole words, without
 * case or accents, leaving out short parts and particles such as "van" and "de" — and can blank them. The
 * names never leave this module, so nothing here is an audited look at the list.
 */
@AccessRule("other modules inside their checked call (KnowledgeService, for its writers): answers text without names or yes/no, never a name")
@Service
public class ParentNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "het", "ter", "ten", "des", "del",
            "della", "von", "zu", "auf", "aan", "uit", "bij", "dos", "das", "ibn", "bin", "ben", "abu", "al", "el",
            "la", "le", "de", "du", "da", "di", "do", "op", "in", "te", "et");
    private final JdbcTemplate jdbc;

    ParentNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The text with every word that is part of a parent's name replaced by {@code blank}. */
    @Transactional(readOnly = true)
    public String withoutNames(long groupId, String text, String blank) {
        if (text == null || text.isBlank()) {
            return text;
        }
        Set<String> names = nameParts(groupId);
        Matcher words = WORD.matcher(text);
        var result = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(result, names.contains(fold(words.group())) ? Matcher.quoteReplacement(blank)
                    : Matcher.quoteReplacement(words.group()));
        }
        return words.appendTail(result).toString();
    }

    /** Whether one of the texts holds a word that is part of the name of a parent of the group. */
    @Transactional(readOnly = true)
    public boolean mentionParent(long groupId, String... texts) {
        Set<String> names = nameParts(groupId);
        for (String text : texts) {
            Matcher words = WORD.matcher(text == null ? "" : text);
            while (words.find()) {
                if (names.contains(fold(words.group()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> nameParts(long groupId) {
        return jdbc.queryForList("SELECT p.name FROM registration r JOIN participant p ON p.id = r.participant_id"
                + " WHERE r.group_id = ? AND p.name IS NOT NULL", String.class, groupId).stream()
                .flatMap(name -> WORD.matcher(name).results().map(m -> fold(m.group())))
                .filter(part -> part.length() >= 2 && !PARTICLES.contains(part))
                .collect(Collectors.toSet());
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
