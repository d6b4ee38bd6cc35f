package nl.groepskracht.evaluation;

/** The two optional open questions, with their column and whether the adviseur quotes it. */
public enum OpenField {
    MOST_VALUABLE("most_valuable", "quote_most_valuable"), COULD_BE_BETTER("could_be_better", "quote_could_be_better");

    private final String column;
    private final String quoteColumn;

    OpenField(String column, String quoteColumn) {
        this.column = column;
        this.quoteColumn = quoteColumn;
    }

    String column() {
        return column;
    }

    String quoteColumn() {
        return quoteColumn;
    }

    /** The key part of its texts: {@code evaluation.open.<key>}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
