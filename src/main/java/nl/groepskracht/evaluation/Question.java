package nl.groepskracht.evaluation;

/**
 * The four statements parents rate from 1 (helemaal mee oneens) to 5 (helemaal mee eens), after the
 * outcome indicators Dutch youth policy uses for prevention: nut, doelrealisatie, steun, aanbevelen.
 * The column is the answer's column in {@code evaluation_answer}.
 */
public enum Question {
    USEFULNESS("usefulness"), GOAL_REACHED("goal_reached"), SUPPORT("support"), RECOMMEND("recommend");

    private final String column;

    Question(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The key part of its texts: {@code evaluation.question.<key>}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
