package nl.groepskracht.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What a search text asks for, before it becomes a query: the words in order ({@code phrase}), each
 * as a slot with the alternatives that may stand in for it (a synonym, a spelling the index knows),
 * the exact phrases between quotes, the themes whose name the text names, and the text with
 * unknown words corrected ("Bedoelde u …?"), if any.
 */
record QueryPlan(List<String> phrase, List<Slot> slots, List<String> quoted, Set<Long> themes, String correction) {

    enum Role {
        /** a word that makes an item a hit */
        CONTENT,
        /** niet, geen, zonder …: required with the others, never enough alone */
        MODIFIER,
        /** de, het, naar …: only counts in phrases */
        STOP
    }

    enum Source {
        TYPED, SYNONYM, SPELLING
    }

    /** A word or a phrase ({@code text} with spaces) that may stand in a slot. */
    record Alternative(String text, Source source) {

        boolean isPhrase() {
            return text.indexOf(' ') > 0;
        }
    }

    /** One word of the text (or several, when a synonym covers them), with what may stand in for it. */
    record Slot(Role role, List<Alternative> alternatives, Set<Long> themes) {

        Slot withAlternatives(List<Alternative> more) {
            return new Slot(role, java.util.stream.Stream.concat(alternatives.stream(), more.stream()).toList(), themes);
        }

        Slot withThemes(Set<Long> matched) {
            return new Slot(role, alternatives, matched);
        }

        Alternative typed() {
            return alternatives.getFirst();
        }
    }

    boolean isEmpty() {
        return slots.isEmpty() && quoted.isEmpty();
    }

    List<Slot> content() {
        return slots.stream().filter(s -> s.role() == Role.CONTENT).toList();
    }

    List<Slot> required() {
        return slots.stream().filter(s -> s.role() != Role.STOP).toList();
    }
}
