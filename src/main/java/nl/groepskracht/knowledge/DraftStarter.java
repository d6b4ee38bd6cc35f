package nl.groepskracht.knowledge;

import java.util.Locale;

/**
 * Another module starts a knowledge item from its own data: {@code kennis/nieuw?<parameter>=<value>}
 * opens the editor with the draft it returns (the evaluation module: a group's evaluation). It checks
 * access itself and throws {@link java.util.NoSuchElementException} for an unknown value.
 */
public interface DraftStarter {

    /** The query parameter of {@code kennis/nieuw} this starter answers to. */
    String parameter();

    /** The draft, its texts in this language. */
    KnowledgeDraft start(String value, Locale language);
}
