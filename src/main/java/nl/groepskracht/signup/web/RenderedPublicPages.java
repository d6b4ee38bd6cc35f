package nl.groepskracht.signup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public pages every visitor sees the same — the offer (any filter, page) and a group's page — answered from
 * their rendered bytes: the first request in a language goes through the whole chain (security headers, CSRF,
 * the controller, Thymeleaf, the offer's ETag) and what it answered is kept ({@link RenderedPage}, in
 * {@link PublicOfferCache}, emptied by the same changes and bounded by the same TTL); the next ones get the same
 * headers and bytes without the chain, a group's page with a CSRF token of the visitor's own spliced into its
 * form. Not kept: an answer other than 200, one that sets a cookie other than the form's token (a {@code ?lang=}
 * link sets the language cookie: not taken from here at all), a group's page with a verwijslink's code.
 */
@Configuration(proxyBeanMethods = false)
class RenderedPublicPages {

    private static final Pattern PAGES = Pattern.compile("/aanbod(/\\d+)?");

    /** After the public address and the request's observation (metrics), before everything else. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> renderedPublicPagesFilter(ObjectProvider<PublicOfferCache> cache,
            LocaleResolver locales) {
        // the cache (and the database behind it) is made after the web server's filters
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(
                SingletonSupplier.of(cache::getObject), locales));
        registration.addUrlPatterns("/aanbod", "/aanbod/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setName("renderedPublicPages");
        return registration;
    }

    /** What a page depends on: its address (query as sent: the language switch repeats it), language and scheme. */
    private record Key(String path, String query, String language, boolean secure) {
    }

    private static final class Filter extends OncePerRequestFilter {

        private final Supplier<PublicOfferCache> cache;
        private final LocaleResolver locales;

        Filter(Supplier<PublicOfferCache> cache, LocaleResolver locales) {
            this.cache = cache;
            this.locales = locales;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            // a page depends on its query string only: parameters from elsewhere (none in a browser's GET) are not
            // in the key, a language link sets a cookie, a verwijslink's code is looked up
            return !"GET".equals(request.getMethod()) || !PAGES.matcher(path).matches() || (query == null
                    ? !request.getParameterMap().isEmpty()
                    : path.length() > "/aanbod".length() || request.getParameter("lang") != null);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var key = new Key(request.getRequestURI(), request.getQueryString(),
                    locales.resolveLocale(request).getLanguage(), request.isSecure());
            PublicOfferCache cache = this.cache.get();
            RenderedPage kept = cache.rendered(key);
            if (kept != null) {
                kept.writeTo(request, response);
                return;
            }
            var capture = new ResponseCapture(response);
            var rendering = cache.startRendering();
            try {
                chain.doFilter(request, capture);
            } finally {
                rendering.close();
            }
            RenderedPage page = capture.page(request);
            if (page != null) {
                cache.keepRendered(key, page, rendering);
            }
            capture.copyBodyToResponse();
        }
    }
}
