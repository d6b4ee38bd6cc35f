package nl.groepskracht.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The languages parents read the public pages and their e-mails in — more than the portal's two: one
 * line of configuration ({@code groepskracht.parent-languages=nl,en,tr,ar}) and a translations file
 * {@code vaadin-i18n/translations_<tag>.properties} per language. The file says which way its language
 * is written ({@code language.direction=rtl}); a language is named in its own words from Java's locale
 * data ("Türkçe", "العربية"), so adding one touches no other file. Dutch is always among them: it is
 * the default and the text of the groups themselves.
 */
@Component
public class ParentLanguages {

    private final List<Locale> languages;
    private final MessageSource messages;

    ParentLanguages(@Value("${groepskracht.parent-languages:nl,en}") List<String> tags, MessageSource messages) {
        this.messages = messages;
        this.languages = tags.stream().map(String::strip).filter(tag -> !tag.isEmpty())
                .map(tag -> Locale.of(tag.toLowerCase(Locale.ROOT))).distinct().toList();
        if (!languages.contains(Languages.DUTCH)) {
            throw new IllegalStateException("groepskracht.parent-languages must include nl (the default language)");
        }
        for (Locale language : languages) {
            if (!language.equals(Languages.DUTCH) && ParentLanguages.class
                    .getResource("/vaadin-i18n/translations_" + language.getLanguage() + ".properties") == null) {
                throw new IllegalStateException("groepskracht.parent-languages names " + language.getLanguage()
                        + ", but vaadin-i18n/translations_" + language.getLanguage() + ".properties is missing");
            }
        }
    }

    /** Every parent language, Dutch first as configured order allows. */
    public List<Locale> all() {
        return languages;
    }

    /** The configured language of a tag such as "tr" (case and region ignored), if parents have it. */
    public Optional<Locale> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return languages.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language a parent chose (stored with their sign-up); Dutch when it is no longer offered. */
    public Locale of(String tag) {
        return find(tag).orElse(Languages.DUTCH);
    }

    /**
     * The best parent language for a browser's {@code Accept-Language} header (its order and weights
     * respected, "ar-MA" matching "ar"); Dutch when none fits or the header cannot be read.
     */
    public Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Languages.DUTCH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), languages);
            return found == null ? Languages.DUTCH : found;
        } catch (IllegalArgumentException unreadable) {
            return Languages.DUTCH;
        }
    }

    /** Whether this language is written right to left (its translations file says so). */
    public boolean rightToLeft(Locale language) {
        return "rtl".equals(messages.getMessage("language.direction", null, "ltr", language));
    }

    /** The language's name in its own words, as a parent looks for it: "Nederlands", "Türkçe", "العربية". */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The language's name for a professional reading in {@code reader}'s language ("Turks", "Arabic"). */
    public static String nameFor(Locale language, Locale reader) {
        String name = language.getDisplayLanguage(reader);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
