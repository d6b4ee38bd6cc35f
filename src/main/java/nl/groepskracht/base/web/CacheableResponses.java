package nl.groepskracht.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A response that lets the browser keep it says only that. Spring Security writes its "do not keep" headers before
 * every response ({@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}, {@code Pragma: no-cache},
 * {@code Expires: 0}; eagerly, so Vaadin's forwarded pages get them too), and what may be kept — the bundle's hashed
 * files ({@link HashedBundleCaching}), Vaadin's versioned styles and push script, a group's poster — replaces
 * Cache-Control alone. Chromium reads a response's {@code Pragma: no-cache} as no-cache as well, so it asked again
 * for each of those files at every page load (a 304 each, 23 round trips for a portal page opened by URL, several
 * of them one after another). When Cache-Control is set to a value that allows keeping, Pragma and Expires go.
 */
@Configuration(proxyBeanMethods = false)
class CacheableResponses {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheableResponsesFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.setAsyncSupported(true);
        registration.setName("cacheableResponses");
        return registration;
    }

    /** Whether a Cache-Control value lets a browser keep the response for a while. */
    static boolean allowsKeeping(String cacheControl) {
        String value = cacheControl.toLowerCase(Locale.ROOT);
        return value.contains("max-age=") && !value.contains("max-age=0") && !value.contains("no-cache")
                && !value.contains("no-store");
    }

    private static final class Filter extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            // the push connection is upgraded to a WebSocket or held open: it has no cache headers to mend
            return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/push");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new Keepable(response));
        }
    }

    private static final class Keepable extends HttpServletResponseWrapper {
        Keepable(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            mend(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            mend(name, value);
        }

        private void mend(String name, String value) {
            if (value != null && HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && allowsKeeping(value)) {
                // a header set to null is removed (Servlet 6)
                super.setHeader(HttpHeaders.PRAGMA, null);
                super.setHeader(HttpHeaders.EXPIRES, null);
            }
        }
    }
}
