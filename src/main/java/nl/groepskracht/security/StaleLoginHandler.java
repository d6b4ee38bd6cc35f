package nl.groepskracht.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UrlPathHelper;

/**
 * A login sent without the login page's CSRF token (a form on another site, or a login page left open
 * until its session ended) signs nobody in: it goes back to the login page, which asks to try again.
 * Any other refusal is the usual 403.
 */
class StaleLoginHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod())
                && "/login".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login?stale");
        } else {
            otherwise.handle(request, response, denied);
        }
    }
}
