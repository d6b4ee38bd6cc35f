package nl.groepskracht.knowledge;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import nl.groepskracht.base.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Whether a text is only its kind's template: the headings, hints and empty list items every new
 * item starts from (in either language), with nothing written under them. Such an item says nothing
 * and is refused; an empty text is allowed (title and summary can be enough).
 */
@Component
class TemplateText {

    /** A Markdown heading, or a list item that is empty or only a label ("- Datum: ", "1. "). */
    private static final Pattern SCAFFOLD = Pattern.compile("#{1,6}\\s.*|([-*+]|\\d+\\.)(\\s+[^:]{0,60}:)?\\s*|[-*+]|\\d+\\.");

    private final MessageSource messages;

    TemplateText(MessageSource messages) {
        this.messages = messages;
    }

    boolean onlyTemplate(KnowledgeKind kind, String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        Set<String> template = templateLines(kind);
        return body.lines().map(String::strip)
                .allMatch(line -> line.isEmpty() || template.contains(line) || SCAFFOLD.matcher(line).matches());
    }

    private Set<String> templateLines(KnowledgeKind kind) {
        Set<String> lines = new HashSet<>();
        for (var language : Languages.SUPPORTED) {
            String text = messages.getMessage("knowledge.template." + kind.name(), null, "", language);
            text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        return lines;
    }
}
