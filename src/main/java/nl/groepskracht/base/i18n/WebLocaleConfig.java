package nl.groepskracht.base.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The public pages speak the parent's language: the one a link names ({@code ?lang=tr}, as every link in
 * a parent's e-mail does, remembered in the {@code gk-lang} cookie shared with the portal), else the one
 * remembered, else the best match for the browser's {@code Accept-Language}, else Dutch. No HTTP session
 * is needed. A language no longer offered is ignored.
 */
@Configuration
class WebLocaleConfig implements WebMvcConfigurer {

    private final ParentLanguages languages;

    WebLocaleConfig(ParentLanguages languages) {
        this.languages = languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ParentLocaleResolver(languages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return languages.find(localeValue)
                        .orElseThrow(() -> new IllegalArgumentException("not a parent language"));
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Link, cookie, browser, Dutch — in that order. */
    static final class ParentLocaleResolver implements LocaleResolver {

        private static final String CHOSEN = ParentLocaleResolver.class.getName() + ".chosen";
        private final ParentLanguages languages;

        ParentLocaleResolver(ParentLanguages languages) {
            this.languages = languages;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
                return chosen;
            }
            return remembered(request).orElseGet(() -> languages.negotiate(
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale == null ? Languages.DUTCH : languages.of(locale.getLanguage());
            request.setAttribute(CHOSEN, chosen);
            if (response != null) {
                Cookie cookie = new Cookie(Languages.COOKIE, chosen.getLanguage());
                cookie.setPath("/");
                cookie.setMaxAge(Languages.COOKIE_MAX_AGE_SECONDS);
                cookie.setHttpOnly(true);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
        }

        private Optional<Locale> remembered(HttpServletRequest request) {
            Cookie[] cookies = request.getCookies();
            return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                    .filter(cookie -> Languages.COOKIE.equals(cookie.getName())).findFirst()
                    .flatMap(cookie -> languages.find(cookie.getValue()));
        }
    }
}
