package nl.groepskracht.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.groepskracht.Application;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.base.limits.RateLimit;
import nl.groepskracht.base.limits.RateLimiter;
import nl.groepskracht.security.PasswordResets;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The limits that protect parents' inboxes and the public forms hold with several portal instances. A
 * second portal — its own Spring context, beans and memory, serving HTTP on a port of its own — runs on the
 * same database as this test's one; whatever instance a request reaches, the counts are the same. Its clock
 * runs a few minutes ahead (a repeated sign-up there is not a double tap).
 */
@SmtpAndClockTest
class SharedLimitsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext second;
    private static final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static int client;

    @Autowired
    MockMvc mvc;
    @Autowired
    ParentWorld world;
    @Autowired
    PersonalPage page;
    @Autowired
    SignupService signups;
    @Autowired
    RateLimiter limiter;
    @Autowired
    MutableClock clock;
    @Autowired
    PasswordResets resets;

    /** Both instances' limits count in the same minutes: this context's clock where the second's started. */
    @org.junit.jupiter.api.BeforeEach
    void clockAtTheStart() {
        clock.reset();
    }

    @BeforeAll
    static void startASecondPortal() {
        String ahead = TestTime.start().atZone(AppZone.ID).toLocalDateTime().plusMinutes(3).toString();
        second = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--groepskracht.clock.start=" + ahead, "--groepskracht.evaluation.initial-delay=1h",
                "--groepskracht.evaluation.purge-initial-delay=1h", "--groepskracht.limits.purge-initial-delay=1h",
                "--server.forward-headers-strategy=native", "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1");
    }

    @AfterAll
    static void stopIt() {
        second.close();
    }

    @Test
    void five_requests_for_a_fresh_link_on_two_instances_send_at_most_four_mails_and_get_one_answer()
            throws Exception {
        long groupId = world.openGroup("Buurthuis De Dreef, Utrecht", 5);
        SignupForm parent = world.signUp(groupId, "Sara", "nl");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(onSecond("/mijn", Map.of("email", parent.getEmail())).location());
        }
        for (int i = 0; i < 2; i++) {
            answers.add(mvc.perform(post("/mijn").param("email", parent.getEmail()).with(csrf())
                    .with(Clients.fresh())).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(answers).as("the same answer, sent or not").containsOnly("/mijn?verstuurd");
        assertThat(world.mails(parent.getEmail())).extracting(ParentWorld.Mail::subject)
                .as("the confirm link and three fresh links: four an hour, whichever instance")
                .containsExactly("Groepskracht: bevestig uw aanmelding", "Groepskracht: uw link naar Mijn aanmeldingen",
                        "Groepskracht: uw link naar Mijn aanmeldingen", "Groepskracht: uw link naar Mijn aanmeldingen");
    }

    @Test
    void signing_up_again_and_again_on_two_instances_resends_the_mail_only_a_few_times() throws Exception {
        long groupId = world.openGroup("Buurthuis De Dreef, Utrecht", 5);
        SignupForm parent = world.signUp(groupId, "Yara", "nl");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(onSecond("/aanbod/" + groupId, Map.of("name", parent.getName(), "email", parent.getEmail(),
                    "language", "nl", "consent", "true")).location());
        }
        assertThat(answers).containsOnly("/aanbod/" + groupId + "/verstuurd");
        assertThat(world.mails(parent.getEmail())).as("the first mail and three more, then nothing")
                .hasSize(4).allSatisfy(m -> assertThat(m.subject()).isEqualTo("Groepskracht: bevestig uw aanmelding"));
        assertThat(second.getBean(SignupService.class).pending(nl.groepskracht.support.Parents.confirmToken(
                world.last(parent.getEmail()).text()))).as("the mail sent by the second instance works here too")
                .isPresent();
    }

    @Test
    void a_fresh_link_replaces_the_older_links_that_were_never_opened() {
        SignupForm parent = world.placed(world.openGroup("Buurthuis De Dreef, Utrecht", 5), "Zoë", "nl");
        String opened = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        assertThat(page.mine(opened)).hasSize(1);
        long other = world.openGroup("Wijkcentrum Zuilen, Utrecht", 5);
        signups.signUp(other, parent);
        signups.confirm(nl.groepskracht.support.Parents.confirmToken(world.last(parent.getEmail()).text()));
        String neverOpened = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        page.mailFreshLink(parent.getEmail());
        String firstFresh = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        page.mailFreshLink(parent.getEmail());
        String secondFresh = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));

        assertThat(page.mine(neverOpened)).as("the link of an earlier mail, never opened, is replaced").isEmpty();
        assertThat(page.mine(firstFresh)).as("replaced by the next fresh link").isEmpty();
        assertThat(page.mine(secondFresh)).isNotEmpty();
        assertThat(page.mine(opened)).as("a link the parent opened keeps working").isNotEmpty();
    }

    @Test
    void one_clients_form_posts_are_counted_together_on_every_instance() throws Exception {
        String parent = "203.0.113." + (100 + client++);
        int refusedOnSecond = 0;
        for (int i = 0; i < 6; i++) {
            refusedOnSecond += postFrom(parent) == 429 ? 1 : 0;
        }
        RequestPostProcessor sameParent = request -> {
            request.setRemoteAddr(parent);
            return request;
        };
        int refusedHere = 0;
        for (int i = 0; i < 6; i++) {
            refusedHere += mvc.perform(post("/aanbod/999999").with(csrf()).with(sameParent)).andReturn().getResponse()
                    .getStatus() == 429 ? 1 : 0;
        }
        assertThat(refusedOnSecond).isZero();
        assertThat(refusedHere).as("ten a minute from one client, not ten per instance").isEqualTo(2);
    }

    @Test
    void one_clients_password_reset_requests_are_counted_together_on_every_instance() {
        String client = "198.51.100." + (100 + SharedLimitsTest.client++);
        PasswordResets there = second.getBean(PasswordResets.class);
        for (int i = 0; i < PasswordResets.REQUESTS_PER_CLIENT; i++) {
            assertThat((i % 2 == 0 ? resets : there).request("niemand" + i + "@example.org", client, Languages.DUTCH))
                    .isEqualTo(PasswordResets.Answer.SENT_IF_KNOWN);
        }
        assertThat(resets.request("niemand@example.org", client, Languages.DUTCH)).as("the limit's next on this instance")
                .isEqualTo(PasswordResets.Answer.TOO_MANY);
        assertThat(there.request("niemand@example.org", client, Languages.DUTCH)).as("and on the other")
                .isEqualTo(PasswordResets.Answer.TOO_MANY);
    }

    @Test
    void a_window_that_is_over_starts_anew() {
        RateLimit twice = new RateLimit("test-twice-" + System.nanoTime(), 2, Duration.ofMinutes(10));
        assertThat(List.of(limiter.tryAcquire(twice, "k"), limiter.tryAcquire(twice, "k"), limiter.tryAcquire(twice, "k")))
                .containsExactly(true, true, false);
        assertThat(second.getBean(RateLimiter.class).tryAcquire(twice, "k")).as("also on the other instance").isFalse();
        assertThat(limiter.tryAcquire(twice, "other key")).isTrue();
        clock.advance(Duration.ofMinutes(11));
        try {
            assertThat(limiter.tryAcquire(twice, "k")).isTrue();
            assertThat(limiter.purge()).isPositive();
        } finally {
            clock.advance(Duration.ofMinutes(-11));
        }
    }

    /** A form posted to the second instance as a browser does: its page first (for the CSRF token), then the post. */
    private static Answer onSecond(String path, Map<String, String> fields) throws Exception {
        String forwarded = "198.18.0." + (1 + client++);
        String form = http.send(request(path).header("X-Forwarded-For", forwarded).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&", "_csrf=" + token.group(1) + "&", ""));
        HttpResponse<Void> response = http.send(request(path).header("X-Forwarded-For", forwarded)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        return new Answer(response.statusCode(), location.replaceFirst("^https?://[^/]+", ""));
    }

    private static int postFrom(String parent) throws Exception {
        return http.send(request("/aanbod/999999").header("X-Forwarded-For", parent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + second.getEnvironment().getProperty("local.server.port") + path));
    }

    private record Answer(int status, String location) {
    }
}
