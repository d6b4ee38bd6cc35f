package nl.groepskracht.signup.web;

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
import nl.groepskracht.base.web.PublicFormTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The chain's answer to a public page, its body held back until it is complete (then written as it came), so what
 * it answered can be kept as a {@link RenderedPage}.
 */
final class ResponseCapture extends HttpServletResponseWrapper {

    /** Where the token's value stands in the form (Spring Security's hidden field, as Thymeleaf writes it). */
    private static final byte[] TOKEN_FIELD = "name=\"_csrf\" value=\"".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding");

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8_192);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private Locale contentLanguage;

    ResponseCapture(HttpServletResponse response) {
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
