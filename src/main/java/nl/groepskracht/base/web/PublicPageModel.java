package nl.groepskracht.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.groepskracht.base.i18n.ParentLanguages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every public page's header needs: the language switch, each language named in its own words and
 * linking to the same page (its other parameters kept) in that language.
 */
@ControllerAdvice
class PublicPageModel {

    /** One choice of the language switch. */
    record LanguageChoice(String tag, String name, String href, boolean current) {
    }

    private final ParentLanguages languages;

    PublicPageModel(ParentLanguages languages) {
        this.languages = languages;
    }

    @ModelAttribute("languageChoices")
    List<LanguageChoice> languageChoices(HttpServletRequest request, Locale locale) {
        String others = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
                .map(part -> part + "&").collect(Collectors.joining());
        return languages.all().stream().map(language -> new LanguageChoice(language.getLanguage(),
                ParentLanguages.ownName(language), "?" + others + "lang="
                        + URLEncoder.encode(language.getLanguage(), StandardCharsets.UTF_8),
                language.getLanguage().equals(locale.getLanguage()))).toList();
    }
}
