package nl.groepskracht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request is seen at the portal's configured address ({@code groepskracht.public-url}), not at
 * the one its {@code Host} header claims: a redirect the portal builds (to the login page, after signing
 * in) never points to another site. Relative redirects stay relative
 * ({@code server.tomcat.use-relative-redirects}).
 */
@Configuration
class PublicAddress {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicAddressFilter(@Value("${groepskracht.public-url}") String url) {
        URI address = URI.create(url);
        int port = address.getPort() > 0 ? address.getPort() : "https".equals(address.getScheme()) ? 443 : 80;
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                chain.doFilter(new AtPublicAddress(request, address.getScheme(), address.getHost(), port), response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class AtPublicAddress extends HttpServletRequestWrapper {

        private final String scheme;
        private final String host;
        private final int port;

        AtPublicAddress(HttpServletRequest request, String scheme, String host, int port) {
            super(request);
            this.scheme = scheme;
            this.host = host;
            this.port = port;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public StringBuffer getRequestURL() {
            boolean standard = port == ("https".equals(scheme) ? 443 : 80);
            return new StringBuffer(scheme).append("://").append(host).append(standard ? "" : ":" + port)
                    .append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? host + ":" + port : super.getHeader(name);
        }
    }
}
