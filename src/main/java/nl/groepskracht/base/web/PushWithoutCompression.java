package nl.groepskracht.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The push WebSocket of every open portal tab is opened without per-message compression. Tomcat agrees to the
 * {@code permessage-deflate} a browser offers, and then keeps for that connection a deflater and an inflater
 * with their buffers: 48 KB of heap and zlib's native state (about 290 KB at the default level) for each open
 * tab, all day. What the server pushes (the other tablet's ticks, a changed note) are small messages; the page
 * loads themselves stay compressed. Tomcat 11 has no switch for its built-in extension, so the offer is hidden
 * from it: the upgrade request of {@code /VAADIN/push} reaches Tomcat's WebSocket filter without the
 * {@code Sec-WebSocket-Extensions} header (README: "Server push").
 */
@Configuration(proxyBeanMethods = false)
class PushWithoutCompression {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pushWithoutCompressionFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new HideExtensions());
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    private static final class HideExtensions extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request.getHeader(EXTENSIONS) == null ? request : new WithoutExtensions(request), response);
        }
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {
        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(header -> !EXTENSIONS.equalsIgnoreCase(header)).toList());
        }
    }
}
