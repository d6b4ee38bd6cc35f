package nl.groepskracht.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.security.FailedLoginHandler;
import nl.groepskracht.security.OrganisationLogins;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The portal's sign-in page, rendered by the server: a first visit loads this page and one stylesheet, not the
 * portal's JavaScript bundle (issue 23). Spring Security's form login takes what it sends ({@code POST /login},
 * {@code SecurityConfig}); the steps after the password (the second factor, one's own password) are the portal's
 * views. In the portal's language (the one chosen here or remembered in the cookie, else Dutch), saying what the
 * address asks: a failed login ({@code ?error}, with the address typed, kept in the session by
 * {@link FailedLoginHandler}), a login form that had expired ({@code ?stale}), an organisation account with no
 * account here ({@code ?organisation}), a session that ended ({@code ?timeout}, {@code &lifetime}) and a password
 * just reset ({@code ?reset}).
 */
@Controller
class LoginPage {

    /** What went wrong with the last attempt: a heading and the sentence under it (message keys). */
    record Problem(String title, String message) {
    }

    /** One language of the switch: its tag, a link to this page in it, and whether it is the one shown. */
    record Language(String tag, String href, boolean current) {
    }

    private final OrganisationLogins organisations;
    private final boolean demoData;

    LoginPage(OrganisationLogins organisations, @Value("${groepskracht.demo-data.enabled:false}") boolean demoData) {
        this.organisations = organisations;
        this.demoData = demoData;
    }

    @GetMapping("/login")
    String show(HttpServletRequest request, Model model) {
        // the form's CSRF token (and with it the session its cookie names) made before any of the page is written
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        Locale language = language(request);
        RequestContextUtils.getLocaleResolver(request).setLocale(request, null, language);
        boolean failed = asks(request, "error");
        model.addAttribute("problem", problem(request));
        model.addAttribute("wrongPassword", failed);
        model.addAttribute("notice", notice(request));
        model.addAttribute("typedEmail", failed ? typedEmail(request.getSession(false)) : null);
        model.addAttribute("organisations", organisations.options());
        model.addAttribute("demoData", demoData);
        model.addAttribute("languages", languages(request, language));
        return "security/login";
    }

    /** The language just chosen on this page ({@code ?lang=en}, the cookie is set by the locale interceptor), else the portal's. */
    private static Locale language(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        return Languages.SUPPORTED.stream().filter(language -> language.getLanguage().equals(chosen)).findFirst()
                .orElseGet(() -> Languages.remembered(request.getCookies()));
    }

    private static Problem problem(HttpServletRequest request) {
        if (asks(request, "error")) {
            return new Problem("login.error.title", "login.error.message");
        } else if (asks(request, "stale")) {
            return new Problem("login.stale.title", "login.stale.message");
        } else if (asks(request, "organisation")) {
            return new Problem("login.error.title", "login.organisation.refused");
        }
        return null;
    }

    private static String notice(HttpServletRequest request) {
        if (asks(request, "timeout")) {
            return asks(request, "lifetime") ? "login.timeout.lifetime" : "login.timeout";
        }
        return asks(request, "reset") ? "password.reset.done" : null;
    }

    /** Whether the address names this word ({@code /login?timeout}), with or without a value. */
    private static boolean asks(HttpServletRequest request, String word) {
        return request.getParameterMap().containsKey(word);
    }

    /** The address typed in the failed login, shown once. */
    private static String typedEmail(HttpSession session) {
        if (session != null && session.getAttribute(FailedLoginHandler.TYPED_EMAIL) instanceof String typed) {
            session.removeAttribute(FailedLoginHandler.TYPED_EMAIL);
            return typed;
        }
        return null;
    }

    /** Links to this page in each language of the portal, what the address says besides the language kept. */
    private static List<Language> languages(HttpServletRequest request, Locale shown) {
        String others = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
                .map(part -> part + "&").collect(Collectors.joining());
        return Languages.SUPPORTED.stream().map(language -> new Language(language.getLanguage(), "?" + others
                + "lang=" + URLEncoder.encode(language.getLanguage(), StandardCharsets.UTF_8),
                language.getLanguage().equals(shown.getLanguage()))).toList();
    }
}
