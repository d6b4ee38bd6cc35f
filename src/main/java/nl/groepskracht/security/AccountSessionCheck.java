package nl.groepskracht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every portal request checks the signed-in account as it is now: deactivated, another role or a new
 * password since this session signed in (its security version changed) ends the session there and
 * then, so an open tab shows the login page at its next click instead of data. One primary-key
 * lookup per request; works with several portal instances.
 */
class AccountSessionCheck extends OncePerRequestFilter {

    private final UserAccountRepository users;

    AccountSessionCheck(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                && !users.isStillValid(principal.accountId(), principal.securityVersion())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
