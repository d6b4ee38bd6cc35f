package nl.groepskracht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.ServletException;
import java.time.Duration;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.PortalSessions;
import nl.groepskracht.support.SignInPolicyTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A session ends 30 minutes after the last thing done and 12 hours after signing in, on the portal's clock. */
@SignInPolicyTest
class SessionPolicyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSessions sessions;
    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void thirty_minutes_without_doing_anything_end_the_session() throws Exception {
        MockHttpSession session = sessions.signedIn(mvc, Role.ADVISEUR);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(pageIn(session)).as("still signed in after 29 minutes").isNull();
        }
        clock.advance(Duration.ofMinutes(30));
        assertThat(pageIn(session)).isEqualTo("/login?timeout");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void vaadins_heartbeat_does_not_keep_an_idle_session_alive() throws Exception {
        MockHttpSession session = sessions.signedIn(mvc, Role.ADVISEUR);
        clock.advance(Duration.ofMinutes(20));
        try {
            mvc.perform(post("/?v-r=heartbeat&v-uiId=0").session(session));
        } catch (ServletException noVaadinServletHere) {
            // MockMvc has no Vaadin servlet to answer the heartbeat; the security chain, policy and all, ran before
        }
        clock.advance(Duration.ofMinutes(11));
        assertThat(pageIn(session)).isEqualTo("/login?timeout");
    }

    @Test
    void twelve_hours_after_signing_in_the_session_ends_however_busy() throws Exception {
        MockHttpSession session = sessions.signedIn(mvc, Role.ADVISEUR);
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(pageIn(session)).as("after " + minutes + " minutes").isNull();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(pageIn(session)).isEqualTo("/login?timeout&lifetime");
    }

    private String pageIn(MockHttpSession session) throws Exception {
        return mvc.perform(get("/groepen").session(session)).andReturn().getResponse().getRedirectedUrl();
    }
}
