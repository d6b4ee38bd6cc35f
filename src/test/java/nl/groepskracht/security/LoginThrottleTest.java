package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.base.Roles;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.PortalLogin;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Wrong passwords slow down and lock out the client that types them, never the professional elsewhere. */
@SmtpAndClockTest
class LoginThrottleTest {

    @Autowired
    nl.groepskracht.support.PortalSessions portalSessions;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    String email;
    String password;
    long id;

    @BeforeEach
    void account() {
        email = UserServiceTest.unique("slot");
        var created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.FACILITATOR)));
        password = created.password();
        id = created.id();
        portalSessions.passwordChosenByOwner(id);
    }

    @Test
    void an_attacker_locks_only_their_own_client_out_and_the_owner_still_signs_in() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("203.0.113.7", "fout")).isEqualTo(PortalLogin.REFUSED);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(login("203.0.113.7", password)).as("the attacking client is refused, even with the password")
                .isEqualTo(PortalLogin.REFUSED);
        assertThat(login("198.51.100.20", password)).as("the owner, from elsewhere, gets in").isEqualTo(PortalLogin.SIGNED_IN);
        assertThat(as(Roles.ADMIN, () -> users.list(Pageable.unpaged())).getContent())
                .filteredOn(u -> u.id() == id).singleElement().satisfies(u -> assertThat(u.locked()).isTrue());

        clock.advance(Duration.ofMinutes(16));
        assertThat(login("203.0.113.7", password)).as("after the lock").isEqualTo(PortalLogin.SIGNED_IN);
    }

    @Test
    void each_wrong_password_makes_the_same_client_wait_longer_first() throws Exception {
        assertThat(login("203.0.113.8", "fout")).isEqualTo(PortalLogin.REFUSED);
        assertThat(login("203.0.113.8", password)).as("within the first second").isEqualTo(PortalLogin.REFUSED);
        clock.advance(Duration.ofSeconds(2));
        assertThat(login("203.0.113.8", password)).isEqualTo(PortalLogin.SIGNED_IN);
    }

    @Test
    void parallel_wrong_passwords_all_count() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                String client = "192.0.2." + (i + 1);
                attempts.add(pool.submit(() -> {
                    start.await();
                    return login(client, "fout");
                }));
            }
            start.countDown();
            for (Future<String> attempt : attempts) {
                assertThat(attempt.get()).isEqualTo(PortalLogin.REFUSED);
            }
        } finally {
            pool.shutdown();
        }
        Integer counted = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                Integer.class, (Object) EmailAddresses.sha256("ACCOUNT:id:" + id));
        assertThat(counted).isEqualTo(10);
    }

    @Test
    void other_spellings_of_the_address_count_as_the_same_account() throws Exception {
        String[] variants = {email.toUpperCase(), email.replaceFirst("o", "ó"), " " + email, email.replaceFirst("s", "ś"),
                email.replaceFirst("l", "ĺ")};
        for (String variant : variants) {
            assertThat(login("203.0.113.21", variant, "fout")).isEqualTo(PortalLogin.REFUSED);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(login("203.0.113.21", email, password)).as("five wrong passwords for one account, however spelt")
                .isEqualTo(PortalLogin.REFUSED);
    }

    @Test
    void attempts_from_one_client_at_the_same_moment_are_decided_one_after_the_other() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return login("203.0.113.22", "fout");
                }));
            }
            start.countDown();
            for (Future<String> attempt : attempts) {
                attempt.get();
            }
        } finally {
            pool.shutdown();
        }
        Integer counted = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                Integer.class, (Object) EmailAddresses.sha256("PAIR:203.0.113.22|id:" + id));
        assertThat(counted).as("only one of the eight got to try its password").isEqualTo(1);
    }

    @Test
    void an_attack_from_many_clients_does_not_keep_the_owner_out_on_a_device_they_signed_in_with() throws Exception {
        assertThat(login("198.51.100.30", password)).isEqualTo(PortalLogin.SIGNED_IN);
        for (int i = 0; i < 14; i++) {
            login("192.0.2." + (100 + i), "fout");
        }
        assertThat(login("198.51.100.31", password)).as("a new device waits while the account is attacked")
                .isEqualTo(PortalLogin.REFUSED);
        assertThat(login("198.51.100.30", password)).as("the owner's own device").isEqualTo(PortalLogin.SIGNED_IN);
    }

    @Test
    void a_new_password_from_the_administrator_lets_every_client_try_again() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("203.0.113.9", "fout");
            clock.advance(Duration.ofSeconds(30));
        }
        String fresh = as(Roles.ADMIN, () -> users.resetPassword(id));
        assertThat(login("203.0.113.9", fresh)).as("in, to replace the administrator's password first")
                .isEqualTo(PortalLogin.OWN_PASSWORD_FIRST);
    }

    private String login(String client, String typed) throws Exception {
        return login(client, email, typed);
    }

    /** What the login form does: {@link PortalLogin#REFUSED}, {@link PortalLogin#SIGNED_IN} (proven on a portal page). */
    private String login(String client, String name, String typed) throws Exception {
        return PortalLogin.attempt(mvc, name, typed, request -> {
            request.setRemoteAddr(client);
            return request;
        }).outcome();
    }
}
