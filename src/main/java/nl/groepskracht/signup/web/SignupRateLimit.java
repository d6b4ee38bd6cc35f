package nl.groepskracht.signup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import nl.groepskracht.base.limits.RateLimit;
import nl.groepskracht.base.limits.RateLimiter;
import nl.groepskracht.base.web.RateLimited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A flood of form posts from one client gets a polite 429 page; other visitors are not affected. The
 * posts are counted per client address in the database, so the limit is the same whichever portal
 * instance a post reaches.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignupRateLimit extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimit limit;

    SignupRateLimit(RateLimiter limiter, @Value("${groepskracht.signup.posts-per-minute:10}") int perMinute) {
        this.limiter = limiter;
        this.limit = new RateLimit("public-form-post", perMinute, Duration.ofMinutes(1));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path, as Spring MVC matches it: /%61anbod/5 is /aanbod/5 too
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !"POST".equals(request.getMethod())
                || !(path.startsWith("/aanbod/") || path.startsWith("/aanmelding/") || path.startsWith("/mijn")
                        || path.startsWith("/evaluatie/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.tryAcquire(limit, request.getRemoteAddr())) {
            chain.doFilter(request, response);
        } else {
            request.setAttribute(RateLimited.ATTRIBUTE, Boolean.TRUE);
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            request.getRequestDispatcher("/aanbod/te-veel").forward(request, response);
        }
    }
}
