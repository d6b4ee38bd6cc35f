package nl.groepskracht.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF tokens of the public pages' forms: kept in a cookie (the public pages have no session), each page
 * given the token masked afresh (BREACH). The public filter chain checks them with these; a page served from
 * the rendered pages' cache gets its token from here, in the same steps as Spring Security's {@code CsrfFilter}.
 */
public final class PublicFormTokens {

    /** The cookie that keeps the visitor's token. */
    public static final String COOKIE = "XSRF-TOKEN";
    /** Where the token is kept between the page and its post. */
    public static final CsrfTokenRepository REPOSITORY = repository();
    /** How a page carries it (masked, different on every page) and how a post's is read. */
    public static final CsrfTokenRequestHandler HANDLER = new XorCsrfTokenRequestAttributeHandler();

    private PublicFormTokens() {
    }

    private static CsrfTokenRepository repository() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieName(COOKIE);
        return repository;
    }

    /**
     * The token for a form on this page, masked as the form carries it: the visitor's own (from the cookie), or
     * a new one set in the cookie with this response, as {@code CsrfFilter} and the page's rendering would.
     */
    public static String forForm(HttpServletRequest request, HttpServletResponse response) {
        DeferredCsrfToken deferred = REPOSITORY.loadDeferredToken(request, response);
        request.setAttribute(DeferredCsrfToken.class.getName(), deferred);
        HANDLER.handle(request, response, deferred::get);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }
}
