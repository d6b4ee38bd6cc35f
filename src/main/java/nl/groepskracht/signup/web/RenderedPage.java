package nl.groepskracht.signup.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.base.web.PublicFormTokens;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A public page as the full filter chain answered it: its headers (security headers, caching, Vary, ETag;
 * not Set-Cookie, Date or the length) and its bytes, split where the form's CSRF token goes when it has a form.
 * Written again, it gives the same answer: a fresh token for the visitor spliced in, a 304 to its own ETag.
 */
record RenderedPage(List<Header> headers, String contentType, Locale contentLanguage, String etag, byte[] head,
        byte[] tail) {

    /** One header with all its values, in the order the chain set them. */
    record Header(String name, List<String> values) {
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Header header : headers) {
            response.setHeader(header.name(), header.values().getFirst());
            for (int i = 1; i < header.values().size(); i++) {
                response.addHeader(header.name(), header.values().get(i));
            }
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (contentLanguage != null) {
            response.setLocale(contentLanguage);
        }
        // as ShallowEtagHeaderFilter answers: 304 with the headers and no body
        if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        byte[] token = tail == null ? new byte[0]
                : PublicFormTokens.forForm(request, response).getBytes(StandardCharsets.US_ASCII);
        response.setContentLength(head.length + token.length + (tail == null ? 0 : tail.length));
        ServletOutputStream out = response.getOutputStream();
        out.write(head);
        if (tail != null) {
            out.write(token);
            out.write(tail);
        }
    }
}
