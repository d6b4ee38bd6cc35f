package nl.groepskracht.base;

/**
 * Names and file names as people mean them: without the invisible characters that change how text is
 * shown. A right-to-left override (U+202E) makes {@code invoice\u202Egnp.pdf} read as "invoicefdp.png";
 * other bidirectional controls, zero-width spaces and control characters hide or reorder letters too.
 * These are taken out (Unicode categories Cf and Cc). The zero-width (non-)joiners stay: Persian and
 * Indic names need them to be written correctly, and they move nothing.
 */
public final class PlainText {

    private static final String ZWNJ_ZWJ = "\u200C\u200D";

    private PlainText() {
    }

    /** The text without format and control characters, trimmed; null stays null. */
    public static String name(String text) {
        if (text == null) {
            return null;
        }
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> ZWNJ_ZWJ.indexOf(c) >= 0
                || (Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
