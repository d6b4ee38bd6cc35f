package nl.groepskracht.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Behind the README's reverse proxy (with {@code server.forward-headers-strategy=native} and the
 * proxy's address trusted) the sign-up rate limit counts per parent, not per proxy: the real Tomcat
 * takes the client from {@code X-Forwarded-For} only when the request comes from a trusted proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
        "groepskracht.signup.posts-per-minute=3"})
@DirtiesContext
class ForwardedClientTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void each_parent_behind_the_trusted_proxy_has_a_limit_of_their_own() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("203.0.113.10")).isNotEqualTo(429);
        }
        assertThat(post("203.0.113.10")).as("the fourth post of one parent").isEqualTo(429);
        assertThat(post("203.0.113.11")).as("another parent behind the same proxy").isNotEqualTo(429);
    }

    /** A form post as it arrives from the proxy (which adds the parent's address). */
    private int post(String parent) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/aanbod/999999"))
                .header("X-Forwarded-For", parent).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
