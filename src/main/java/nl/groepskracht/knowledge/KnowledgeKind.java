package nl.groepskracht.knowledge;

/** What an item is; each kind has its own template (translation key {@code knowledge.template.<KIND>}). */
public enum KnowledgeKind {
    /** One thing that works with a group of parents ("werkzaam element"). */
    WERKZAAM_ELEMENT,
    /** A hand-out, exercise, presentation or game to use in a session. */
    MATERIAAL,
    /** What happened in one session of a group. */
    SESSIEVERSLAG,
    /** What parents and facilitators thought of a series. */
    EVALUATIE,
    /** A whole group approach, described the way Dutch youth interventions are. */
    AANPAK
}
