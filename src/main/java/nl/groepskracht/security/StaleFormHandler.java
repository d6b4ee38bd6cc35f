package nl.groepskracht.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import nl.groepskracht.base.web.StaleForm;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UrlPathHelper;

/**
 * On the public pages a refused CSRF token is nearly always an old form, not an attack: the sign-up
 * and evaluation forms go back to its page with what was typed (its controller stores nothing for it), any other
 * form reloads its page so the parent can press the button again.
 */
class StaleFormHandler implements AccessDeniedHandler {

    /** Forms that come back with what was typed: sign-up, and a parent's evaluation of a group. */
    private static final Pattern SIGNUP_FORM = Pattern.compile("/aanbod/\\d+|/evaluatie/[A-Za-z0-9_-]{43}");
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    /** The page a form was on: a parent's own page for its actions, else the address itself. */
    static String pageOf(String path) {
        String[] parts = path.split("/");
        return path.startsWith("/mijn/") && parts.length > 3 ? "/mijn/" + parts[2] : path;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod())) {
            otherwise.handle(request, response, denied);
            return;
        }
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (SIGNUP_FORM.matcher(path).matches()) {
            request.setAttribute(StaleForm.ATTRIBUTE, Boolean.TRUE);
            request.getRequestDispatcher(path).forward(request, response);
        } else {
            // the address as it came in (still encoded), so nothing decoded ends up in the header
            String raw = request.getRequestURI().substring(request.getContextPath().length());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + (raw.startsWith("/") ? pageOf(raw) : "/aanbod"));
        }
    }
}
