package nl.groepskracht.signup.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A flood of form posts from one client gets a polite 429 page; other visitors are not affected
 * (one token bucket per client address, forgotten after ten idle minutes). The buckets refill on the
 * portal's clock, so a test decides when a minute has passed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignupRateLimit extends OncePerRequestFilter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final int perMinute;
    private final TimeMeter time;

    SignupRateLimit(@Value("${groepskracht.signup.posts-per-minute:10}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path, as Spring MVC matches it: /%61anbod/5 is /aanbod/5 too
        String path = org.springframework.web.util.UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !"POST".equals(request.getMethod())
                || !(path.startsWith("/aanbod/") || path.startsWith("/aanmelding/") || path.startsWith("/mijn")
                        || path.startsWith("/evaluatie/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .withCustomTimePrecision(time)
                .build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
        } else {
            request.setAttribute(nl.groepskracht.base.web.RateLimited.ATTRIBUTE, Boolean.TRUE);
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            request.getRequestDispatcher("/aanbod/te-veel").forward(request, response);
        }
    }
}
