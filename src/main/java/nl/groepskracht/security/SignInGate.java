package nl.groepskracht.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A sign-in with a {@link SignInStep} still to do reaches nothing but that step's page, for every
 * endpoint of the portal (the Vaadin views, the report's page and PDF, anything added later): a page
 * asked for is sent to the step's page, anything else is refused (403). Let through are signing out,
 * the error page, Vaadin's own requests and static files (the step's page is a Vaadin view; the views
 * behind them are held back by {@code SignInStepsGate} and by the session having no role).
 */
class SignInGate extends OncePerRequestFilter {

    private final RequestMatcher always;

    /** @param vaadinInternal Vaadin's requests between browser and server (UIDL, heartbeat, push) */
    SignInGate(RequestMatcher vaadinInternal) {
        var paths = PathPatternRequestMatcher.withDefaults();
        this.always = RequestMatchers.anyOf(vaadinAndStatic(vaadinInternal), paths.matcher("/logout"),
                paths.matcher("/error"));
    }

    /** Vaadin's own requests and the static files of its pages. */
    static RequestMatcher vaadinAndStatic(RequestMatcher vaadinInternal) {
        return RequestMatchers.anyOf(vaadinInternal, VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher(),
                VaadinSecurityConfigurer.getDefaultHttpSecurityPermitMatcher(),
                PathPatternRequestMatcher.withDefaults().matcher("/lumo/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/groepskracht/**"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignInStep> step = nextStep();
        if (step.isEmpty() || isFor(step.get(), request) || always.matches(request)) {
            chain.doFilter(request, response);
        } else if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/" + step.get().route());
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean isFor(SignInStep step, HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request).equals("/" + step.route());
    }

    private static Optional<SignInStep> nextStep() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal ? principal.nextStep()
                : Optional.empty();
    }
}
