package nl.groepskracht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its request after the {@link SessionPolicy} says it is over: idle too
 * long, or signed in too long ago. A page asked for then goes to the login page, which says why and
 * that what was not saved is not kept; Vaadin's own requests get Vaadin's "session expired", which
 * leads there too. Opening a page counts as doing something; Vaadin's requests (heartbeat, push, and the
 * page's own reports) do not — the page reports typing and tapping itself ({@code IdleWarning}).
 */
class SessionPolicyFilter extends OncePerRequestFilter {

    private final SessionPolicy policy;
    private final RequestMatcher background;

    /** @param background Vaadin's requests and static files: they do not keep a session alive */
    SessionPolicyFilter(SessionPolicy policy, RequestMatcher background) {
        this.policy = policy;
        this.background = background;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal) {
            policy.started(session);
            var ending = policy.ending(session);
            if (ending.isPresent()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (!background.matches(request) && "GET".equals(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + "/login?timeout"
                            + (ending.get() == SessionPolicy.Ending.LIFETIME ? "&lifetime" : ""));
                    return;
                }
            } else if (!background.matches(request)) {
                policy.active(session);
            }
        }
        chain.doFilter(request, response);
    }
}
