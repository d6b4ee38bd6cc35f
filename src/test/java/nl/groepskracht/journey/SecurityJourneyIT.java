package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.groepskracht.support.PortalJourney;
import nl.groepskracht.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;

/**
 * Against the packaged portal: the security headers on Vaadin's own responses, the login page and the public pages, no
 * redirect built from a forged Host, Vaadin working under the portal's Content-Security-Policy in
 * Chromium, and "Inloggen met je organisatie-account" through a real OpenID Connect provider.
 */
class SecurityJourneyIT extends PortalJourney {

    @Test
    void every_response_carries_the_security_headers_and_vaadin_works_under_the_policy() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/login", "/", "/aanbod")) {
            var response = http.send(HttpRequest.newBuilder(URI.create(portal().url(path))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        String portalPolicy = http.send(HttpRequest.newBuilder(URI.create(portal().url("/"))).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(portalPolicy).contains("object-src 'none'", "frame-ancestors 'self'",
                "connect-src 'self' ws://localhost:" + URI.create(portal().url("/")).getPort());
        // the login page is plain HTML: where passwords are typed, only script files of the portal's own (no inline
        // script, no eval) and no connections
        String loginPolicy = http.send(HttpRequest.newBuilder(URI.create(portal().url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(loginPolicy).contains("script-src 'self';", "connect-src 'none'", "object-src 'none'",
                "frame-ancestors 'self'").doesNotContain("unsafe-inline", "unsafe-eval");

        List<String> refused = new ArrayList<>();
        Page page = newPage(1280, 800);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                refused.add(message.text());
            }
        });
        login(page, "facilitator@groepskracht.demo");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Groepen")).click();
        assertThat(page.locator("h1")).containsText("Groepen");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Kennisbank")).click();
        assertThat(page.locator("vaadin-grid, h1").first()).isVisible();
        logout(page);
        assertThat(refused).as("nothing the policy refused").isEmpty();
    }

    /**
     * A page whose session has ended still sends what it sends on its way out: the push connection's close, a last
     * heartbeat or UIDL request, with the ended session's cookie. Such a request must not start a session: its
     * cookie would replace that of the session the same browser has just signed in with (a new login in another tab,
     * or right after a logout), which then "expires" on its next click.
     */
    @Test
    void a_request_of_a_page_whose_session_ended_never_starts_a_session() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String ended = "JSESSIONID=" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        for (String path : List.of(
                "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + UUID.randomUUID()
                        + "&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=" + UUID.randomUUID(),
                "/?v-r=heartbeat&v-uiId=0", "/?v-r=uidl&v-uiId=0")) {
            var response = http.send(HttpRequest.newBuilder(URI.create(portal().url(path))).header("Cookie", ended)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.headers().allValues("Set-Cookie")).as(path + ": no new session")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
    }

    @Test
    void a_forged_host_is_never_where_a_redirect_points() throws Exception {
        int port = URI.create(portal().url("/")).getPort();
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /groepen HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String location = reader.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase().startsWith("location:")).findFirst().orElseThrow();
            assertThat(location).doesNotContain("evil.example")
                    .matches("(?i)location: (http://localhost:" + port + ")?/login");
        }
    }

    @Test
    void a_professional_signs_in_with_the_organisations_account_through_the_code_flow_with_pkce() {
        TestIdentityProvider.nextSignIn(UUID.randomUUID().toString(), Map.of("email", "jgz@groepskracht.demo",
                "email_verified", true, "amr", List.of("pwd", "mfa"), "name", "Sanne de Vries"));
        List<String> authorizations = new ArrayList<>();
        Page page = newPage(1280, 800);
        page.onRequest(request -> {
            if (request.url().contains("/authorize")) {
                authorizations.add(request.url());
            }
        });
        page.navigate(portal().url("/login"));
        page.locator("#login-jgz").click();

        assertThat(page.locator("h1")).containsText("Welkom, Sanne de Vries");
        assertThat(authorizations).singleElement()
                .extracting(url -> java.net.URLDecoder.decode(url, StandardCharsets.UTF_8)).asString()
                .contains("code_challenge=", "code_challenge_method=S256",
                        "redirect_uri=" + portal().url("/login/oauth2/code/jgz"));
        logout(page);

        TestIdentityProvider.nextSignIn(UUID.randomUUID().toString(), Map.of("email", "niemand@jgz.example",
                "email_verified", true, "amr", List.of("mfa")));
        page.locator("#login-jgz").click();
        assertThat(nl.groepskracht.support.LoginForm.form(page))
                .containsText("er hoort geen actief account bij dit e-mailadres");
    }
}
