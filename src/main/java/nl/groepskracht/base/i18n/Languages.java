package nl.groepskracht.base.i18n;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The languages of the portal for professionals: Dutch by default, English as the second language. Parents
 * have more (see {@link ParentLanguages}).
 */
public final class Languages {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    /** The cookie that remembers the choice, shared by the portal and the public pages. */
    public static final String COOKIE = "gk-lang";
    public static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private Languages() {
    }

    /**
     * The locale the portal shows a language in: English as in the United Kingdom (day-month-year, a 24-hour
     * clock), Dutch as it is. Translations fall back from en-GB to English; dates and times, in Vaadin's
     * pickers and in {@code DateTimeFormatter}s with the UI's locale, follow the British format.
     */
    public static Locale forDisplay(Locale language) {
        return ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.UK : DUTCH;
    }

    /**
     * The portal's language for a request: the one remembered in the cookie, Dutch when there is none (never the
     * browser's own languages: the portal is Dutch first). The Vaadin views and the server-rendered login page
     * both ask this.
     */
    public static Locale remembered(Cookie[] cookies) {
        return cookies == null ? DUTCH : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> fromTag(cookie.getValue()))
                .findFirst()
                .orElse(DUTCH);
    }

    /** The supported language for a tag such as "en"; Dutch for anything else. */
    public static Locale fromTag(String tag) {
        if (tag == null) {
            return DUTCH;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equalsIgnoreCase(tag.trim()))
                .findFirst()
                .orElse(DUTCH);
    }
}
