package nl.groepskracht.base.i18n;

import org.springframework.stereotype.Component;

/**
 * A name or address put into a sentence of another writing direction — a Dutch group name inside an Arabic
 * sentence — keeps its own direction and leaves the sentence's punctuation where it belongs: Unicode's
 * first-strong isolate around it. In templates {@code ${@bidi.isolate(card.group.name)}}.
 */
@Component("bidi")
public class Bidi {

    public static final String FIRST_STRONG_ISOLATE = "\u2068";
    public static final String POP_ISOLATE = "\u2069";

    public String isolate(String text) {
        return text == null ? null : FIRST_STRONG_ISOLATE + text + POP_ISOLATE;
    }
}
