package nl.groepskracht.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed login goes back to the login page as before ({@code /login?error}), and the address the
 * professional typed goes along in their session (not in the URL), so the login page can show it again.
 */
public class FailedLoginHandler extends SimpleUrlAuthenticationFailureHandler {

    /** Session attribute with the address typed in the last failed login; the login page takes it out. */
    public static final String TYPED_EMAIL = "groepskracht.login.typed-email";
    private static final int MAX_LENGTH = 254;

    FailedLoginHandler(String loginPage) {
        super(loginPage + "?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank()) {
            String email = typed.strip();
            request.getSession().setAttribute(TYPED_EMAIL,
                    email.length() > MAX_LENGTH ? email.substring(0, MAX_LENGTH) : email);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
