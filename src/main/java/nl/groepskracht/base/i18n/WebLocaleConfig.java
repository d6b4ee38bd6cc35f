package nl.groepskracht.base.i18n;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The public pages read the language from the same cookie as the portal; a {@code ?lang=en} link
 * switches it (and sets the cookie), so no HTTP session is needed.
 */
@Configuration
class WebLocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(Languages.COOKIE);
        resolver.setDefaultLocale(Languages.DUTCH);
        resolver.setCookieMaxAge(Duration.ofSeconds(Languages.COOKIE_MAX_AGE_SECONDS));
        resolver.setCookieSameSite("Lax");
        resolver.setLanguageTagCompliant(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected java.util.Locale parseLocaleValue(String localeValue) {
                return Languages.fromTag(localeValue);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
