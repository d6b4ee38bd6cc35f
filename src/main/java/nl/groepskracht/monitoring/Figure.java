package nl.groepskracht.monitoring;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One number on the dashboard or in an export, with the rule that protects parents: a figure that
 * rests on fewer than {@value #MIN_FAMILIES} families (but more than none) is shown as "&lt; 5", so no
 * parent can be singled out. {@code families} is -1 for numbers that are not about families (head
 * counts, signals, groups). A share of nothing is "–".
 */
public record Figure(Kind kind, double value, long families, boolean empty) {

    public static final int MIN_FAMILIES = 5;
    public static final String HIDDEN = "< 5";
    public static final String NONE = "–";

    public enum Kind {
        COUNT, SHARE, PER_THOUSAND, DAYS, AVERAGE
    }

    /** A count of families or places: hidden when it rests on 1–4 families. */
    public static Figure count(long n, long families) {
        return new Figure(Kind.COUNT, n, families, false);
    }

    /** A count that is not about families (groups, sessions, head counts, signals). */
    public static Figure plain(long n) {
        return new Figure(Kind.COUNT, n, -1, false);
    }

    public static Figure share(long part, long whole, long families) {
        return new Figure(Kind.SHARE, whole == 0 ? 0 : (double) part / whole, families, whole == 0);
    }

    /** Families reached per 1 000 households with children (empty without the wijk's household figure). */
    public static Figure perThousand(long families, Integer households) {
        boolean unknown = households == null || households <= 0;
        return new Figure(Kind.PER_THOUSAND, unknown ? 0 : families * 1000.0 / households, families, unknown);
    }

    public static Figure days(Double median, long families) {
        return new Figure(Kind.DAYS, median == null ? 0 : median, families, median == null);
    }

    /** The mean of answers on a scale (parents' evaluation), resting on {@code answers} parents. */
    public static Figure average(Double mean, long answers) {
        return new Figure(Kind.AVERAGE, mean == null ? 0 : mean, answers, mean == null || answers == 0);
    }

    public boolean hidden() {
        return !empty && families > 0 && families < MIN_FAMILIES;
    }

    /** The number as a person reads it, or "&lt; 5" (an average: "n &lt; 5") or "–". */
    public String text(Locale locale) {
        if (hidden()) {
            // an average on the 1–5 scale reading "< 5" would look like a score below five
            return kind == Kind.AVERAGE ? "n " + HIDDEN : HIDDEN;
        }
        if (empty) {
            return NONE;
        }
        NumberFormat format = switch (kind) {
            case SHARE -> NumberFormat.getPercentInstance(locale);
            case COUNT -> NumberFormat.getIntegerInstance(locale);
            case PER_THOUSAND, DAYS, AVERAGE -> NumberFormat.getNumberInstance(locale);
        };
        format.setMaximumFractionDigits(kind == Kind.SHARE || kind == Kind.COUNT ? 0 : 1);
        format.setMinimumFractionDigits(kind == Kind.AVERAGE ? 1 : 0);
        return format.format(value);
    }
}
