package nl.groepskracht.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real Tomcat: a page that must not be kept still has all three "do not keep" headers Spring Security
 * writes before every response; which Cache-Control values let a browser keep a response, so that Pragma and
 * Expires go (a kept file: {@code SignupControllerTest}'s QR code, and in Chromium {@code PortalBundleIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CacheableResponsesTest {

    @LocalServerPort
    int port;

    @Test
    void a_page_that_must_not_be_kept_keeps_all_three() throws Exception {
        HttpHeaders headers = get("/login");

        assertThat(headers.firstValue("cache-control")).hasValue("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(headers.firstValue("pragma")).hasValue("no-cache");
        assertThat(headers.firstValue("expires")).hasValue("0");
    }

    @Test
    void a_page_that_sets_no_cache_itself_after_the_security_headers_keeps_pragma_and_expires() throws Exception {
        // /aanbod replaces Cache-Control after Spring Security wrote all three: the mending runs and must leave them
        HttpHeaders headers = get("/aanbod");

        assertThat(headers.firstValue("cache-control")).hasValue("no-cache");
        assertThat(headers.firstValue("pragma")).hasValue("no-cache");
        assertThat(headers.firstValue("expires")).hasValue("0");
    }

    @Test
    void what_allows_keeping() {
        assertThat(CacheableResponses.allowsKeeping("public, max-age=31536000, immutable")).isTrue();
        assertThat(CacheableResponses.allowsKeeping("max-age=3600")).isTrue();
        assertThat(CacheableResponses.allowsKeeping("no-cache, no-store, max-age=0, must-revalidate")).isFalse();
        assertThat(CacheableResponses.allowsKeeping("no-cache")).isFalse();
        assertThat(CacheableResponses.allowsKeeping("max-age=0")).isFalse();
        assertThat(CacheableResponses.allowsKeeping("private")).isFalse();
    }

    private HttpHeaders get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.headers();
        }
    }
}
