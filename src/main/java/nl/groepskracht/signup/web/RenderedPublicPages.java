package nl.groepskracht.signup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.groepskracht.base.web.PublicFormTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public pages every visitor sees the same — the offer (any filter, page) and a group's page — answered from
 * their rendered bytes: the first request in a language goes through the whole chain (security headers, CSRF,
 * the controller, Thymeleaf, the offer's ETag) and what it answered is kept ({@link RenderedPage}, in
 * {@link PublicOfferCache}, emptied by the same changes and bounded by the same TTL); the next ones get the same
 * headers and bytes without the chain, a group's page with a CSRF token of the visitor's own spliced into its
 * form. Not kept: an answer other than 200, one that sets a cookie other than the form's token (a {@code ?lang=}
 * link sets the language cookie: not taken from here at all), a group's page with a verwijslink's code.
 */
@Configuration(proxyBeanMethods = false)
class RenderedPublicPages {

    private static final Pattern PAGES = Pattern.compile("/aanbod(/\\d+)?");
    /** Where the token's value stands in the form (Spring Security's hidden field, as Thymeleaf writes it). */
    private static final byte[] TOKEN_FIELD = "name=\"_csrf\" value=\"".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding");

    /** After the public address and the request's observation (metrics), before everything else. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> renderedPublicPagesFilter(ObjectProvider<PublicOfferCache> cache,
            LocaleResolver locales) {
        // the cache (and the database behind it) is made after the web server's filters
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(
                SingletonSupplier.of(cache::getObject), locales));
        registration.addUrlPatterns("/aanbod", "/aanbod/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setName("renderedPublicPages");
        return registration;
    }

    /** What a page depends on: its address (query as sent: the language switch repeats it), language and scheme. */
    private record Key(String path, String query, String language, boolean secure) {
    }

    private static final class Filter extends OncePerRequestFilter {

        private final Supplier<PublicOfferCache> cache;
        private final LocaleResolver locales;

        Filter(Supplier<PublicOfferCache> cache, LocaleResolver locales) {
            this.cache = cache;
            this.locales = locales;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            // a page depends on its query string only: parameters from elsewhere (none in a browser's GET) are not
            // in the key, a language link sets a cookie, a verwijslink's code is looked up
            return !"GET".equals(request.getMethod()) || !PAGES.matcher(path).matches() || (query == null
                    ? !request.getParameterMap().isEmpty()
                    : path.length() > "/aanbod".length() || request.getParameter("lang") != null);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var key = new Key(request.getRequestURI(), request.getQueryString(),
                    locales.resolveLocale(request).getLanguage(), request.isSecure());
            PublicOfferCache cache = this.cache.get();
            RenderedPage kept = cache.rendered(key);
            if (kept != null) {
                kept.writeTo(request, response);
                return;
            }
            var capture = new Capture(response);
            var rendering = cache.startRendering();
            try {
                chain.doFilter(request, capture);
            } finally {
                rendering.close();
            }
            RenderedPage page = capture.page(request);
            if (page != null) {
                cache.keepRendered(key, page, rendering);
            }
            capture.copyBodyToResponse();
        }
    }

    /** The chain's answer, its body held back until it is complete, then written as it came. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(8_192);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private Locale contentLanguage;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("not asynchronous");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called");
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the length of what is written in the end
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length of what is written in the end
        }

        @Override
        public void setLocale(Locale locale) {
            contentLanguage = locale;
            super.setLocale(locale);
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            body.reset();
            contentLanguage = null;
        }

        private byte[] bytes() {
            flushBuffer();
            return body.toByteArray();
        }

        /** What is kept of the answer, or null when it is not the same for every visitor. */
        RenderedPage page(HttpServletRequest request) {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (real.getStatus() != HttpServletResponse.SC_OK || real.isCommitted()) {
                return null;
            }
            boolean onlyTheToken = real.getHeaders(HttpHeaders.SET_COOKIE).stream().allMatch(cookie ->
                    cookie.startsWith(PublicFormTokens.COOKIE + "="));
            if (!onlyTheToken) {
                return null;
            }
            List<RenderedPage.Header> headers = new ArrayList<>();
            for (String name : real.getHeaderNames()) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.add(new RenderedPage.Header(name, List.copyOf(real.getHeaders(name))));
                }
            }
            byte[] bytes = bytes();
            int field = indexOf(bytes, TOKEN_FIELD, 0);
            if (field < 0) {
                return new RenderedPage(List.copyOf(headers), real.getContentType(), contentLanguage,
                        real.getHeader(HttpHeaders.ETAG), bytes, null);
            }
            int start = field + TOKEN_FIELD.length;
            int end = indexOf(bytes, new byte[] {'"'}, start);
            var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (end < 0 || token == null || indexOf(bytes, TOKEN_FIELD, end) >= 0
                    || !token.getToken().equals(new String(bytes, start, end - start, StandardCharsets.US_ASCII))) {
                return null;
            }
            return new RenderedPage(List.copyOf(headers), real.getContentType(), contentLanguage,
                    real.getHeader(HttpHeaders.ETAG), Arrays.copyOfRange(bytes, 0, start),
                    Arrays.copyOfRange(bytes, end, bytes.length));
        }

        void copyBodyToResponse() throws IOException {
            byte[] bytes = bytes();
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (bytes.length > 0 && !real.isCommitted()) {
                real.setContentLength(bytes.length);
                real.getOutputStream().write(bytes);
            }
        }

        private static int indexOf(byte[] in, byte[] what, int from) {
            outer:
            for (int i = from; i <= in.length - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (in[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
