package nl.groepskracht.monitoring;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One number on the dashboard or in an export, with the rule that protects parents: a figure that
 * rests on fewer than {@value #MIN_FAMILIES} families (but more than none) is hidden, and so is a
 * figure the period's secondary suppression withholds because it would let a hidden one be worked
 * out ({@link #withheld()}). {@code families} is -1 for numbers that are not about families (head
 * counts, signals, groups). A share of nothing is "–". A hidden figure of the monitoring reads
 * "afgeschermd" (one word for both kinds, so no one can tell which hidden number is the small one;
 * each view explains it as "fewer than 5 families, or it would reveal such a number"); a hidden figure
 * resting on evaluation answers keeps reading "&lt; 5" ("n &lt; 5" for an average).
 */
public record Figure(Kind kind, double value, long families, boolean empty, Basis basis, boolean withheld) {

    public static final int MIN_FAMILIES = 5;
    public static final String HIDDEN = "< 5";
    public static final String NONE = "–";

    public enum Kind {
        COUNT, SHARE, PER_THOUSAND, DAYS, AVERAGE
    }

    /** What the figure rests on, for the "fewer than five" rule and its wording. */
    public enum Basis {
        FAMILIES, ANSWERS
    }

    /** A count of families or places: hidden when it rests on 1–4 families. */
    public static Figure count(long n, long families) {
        return new Figure(Kind.COUNT, n, families, false, Basis.FAMILIES, false);
    }

    /** A count that is not about families (groups, sessions, head counts, signals). */
    public static Figure plain(long n) {
        return new Figure(Kind.COUNT, n, -1, false, Basis.FAMILIES, false);
    }

    public static Figure share(long part, long whole, long families) {
        return new Figure(Kind.SHARE, whole == 0 ? 0 : (double) part / whole, families, whole == 0, Basis.FAMILIES,
                false);
    }

    /**
     * A share of families that rests on both its parts: hidden when the families counted (uitval: those
     * who dropped out) or the families it is a share of are 1–4. "Uitval 9 %" of 11 families is one family.
     */
    public static Figure share(long part, long whole, long wholeFamilies, long partFamilies) {
        return share(part, whole, smallestPositive(wholeFamilies, partFamilies));
    }

    /** Families reached per 1 000 households with children (empty without the wijk's household figure). */
    public static Figure perThousand(long families, Integer households) {
        boolean unknown = households == null || households <= 0;
        return new Figure(Kind.PER_THOUSAND, unknown ? 0 : families * 1000.0 / households, families, unknown,
                Basis.FAMILIES, false);
    }

    public static Figure days(Double median, long families) {
        return new Figure(Kind.DAYS, median == null ? 0 : median, families, median == null, Basis.FAMILIES, false);
    }

    /** The mean of answers on a scale (parents' evaluation), resting on {@code answers} parents. */
    public static Figure average(Double mean, long answers) {
        return new Figure(Kind.AVERAGE, mean == null ? 0 : mean, answers, mean == null || answers == 0,
                Basis.ANSWERS, false);
    }

    /** This figure resting on answers (the evaluation) instead of families. */
    public Figure onAnswers() {
        return new Figure(kind, value, families, empty, Basis.ANSWERS, withheld);
    }

    /** This figure, withheld when {@code withhold} (secondary suppression); a withheld figure stays withheld. */
    public Figure withheldIf(boolean withhold) {
        return withhold && !withheld ? new Figure(kind, value, families, empty, basis, true) : this;
    }

    /** Hidden: it rests on 1–4 families, or the period's suppression withholds it. */
    public boolean hidden() {
        return withheld && families != -1 || !empty && families > 0 && families < MIN_FAMILIES;
    }

    /** The number as a person reads it, "afgeschermd" when hidden (answers: "&lt; 5", "n &lt; 5"), or "–". */
    public String text(Locale locale) {
        if (hidden()) {
            if (basis == Basis.ANSWERS) {
                // an average on the 1–5 scale reading "< 5" would look like a score below five
                return kind == Kind.AVERAGE ? "n " + HIDDEN : HIDDEN;
            }
            return withheldText(locale);
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

    /** The word a hidden figure of the monitoring reads, in the reader's language. */
    public static String withheldText(Locale locale) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n/translations", locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("monitoring.withheld");
        } catch (MissingResourceException unknownLanguage) {
            return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).getString("monitoring.withheld");
        }
    }

    private static long smallestPositive(long a, long b) {
        if (a <= 0) {
            return b <= 0 ? Math.max(a, b) : b;
        }
        return b <= 0 ? a : Math.min(a, b);
    }
}
