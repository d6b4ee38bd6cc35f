package nl.groepskracht.base.web;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The files of the production bundle ({@code /VAADIN/build/}, each name ending in a hash of its content) are
 * kept by a browser for a year without asking again: a new build gives changed files new names. Vaadin gives
 * them an hour ({@code max-age=3600}), after which a portal page opened by URL asks again for each of them.
 * Vaadin sends the brotli {@code .br} the bundle holds beside each file to a browser that accepts brotli (else
 * the server's gzip compression applies); every other static file keeps Vaadin's rule. Vaadin finds this factory among the Spring beans.
 */
@Component
class HashedBundleCaching implements StaticFileHandlerFactory {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/?VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)");

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new StaticFileServer(service) {
            @Override
            protected void writeCacheHeaders(String filename, HttpServletRequest request,
                    HttpServletResponse response) {
                if (HASHED.matcher(filename).matches()) {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
                } else {
                    super.writeCacheHeaders(filename, request, response);
                }
            }
        };
    }
}
