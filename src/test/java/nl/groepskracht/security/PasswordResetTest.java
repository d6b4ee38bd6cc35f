package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.SecureTokens;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** "Wachtwoord vergeten" end to end: the request, the e-mail as GreenMail receives it, the link, the new password. */
@SmtpAndClockTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]{43})");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    PasswordResets resets;
    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authentication;

    String email;
    UserService.CreatedUser created;

    @BeforeEach
    void anAccountWithAGeneratedPassword() {
        dispatcher.dispatchDue();
        email = UserServiceTest.unique("vergeten");
        created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.FACILITATOR)));
    }

    @Test
    void the_mailed_link_sets_a_new_password_once_and_only_its_hash_is_stored() throws Exception {
        assertThat(resets.request(" " + email.toUpperCase() + " ", client(), Languages.DUTCH))
                .isEqualTo(PasswordResets.Answer.SENT_IF_KNOWN);
        dispatcher.dispatchDue();

        List<MimeMessage> received = Mails.to(Mails.settled(smtp), email);
        assertThat(received).hasSize(1);
        assertThat(Mails.subject(received.getFirst())).isEqualTo("Groepskracht: een nieuw wachtwoord kiezen");
        String text = Mails.text(received.getFirst());
        assertThat(text).contains("De link werkt één keer en een uur lang", "Vroeg u niets aan?");
        String token = token(text);
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Integer.class,
                (Object) SecureTokens.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Integer.class,
                (Object) token.getBytes())).isZero();
        assertThat(resets.isUsable(token)).isTrue();

        assertRefused(() -> resets.reset(token, "kort"), "password.too-short");
        assertRefused(() -> resets.reset(token, created.password()), "password.same-as-old");
        assertThat(resets.isUsable(token)).as("a refused password leaves the link working").isTrue();

        resets.reset(token, "een lange zin als wachtwoord");

        assertThat(signsIn("een lange zin als wachtwoord")).isTrue();
        assertThat(signsIn(created.password())).isFalse();
        assertThat(account().mustChangePassword()).as("a password one chose oneself").isFalse();
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "nog een andere lange zin"))
                .isInstanceOf(PasswordResets.InvalidResetLink.class);
    }

    @Test
    void a_link_works_for_an_hour() {
        resets.request(email, client(), Languages.DUTCH);
        String token = tokenInOutbox();
        clock.advance(Duration.ofMinutes(59));
        assertThat(resets.isUsable(token)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "een lange zin als wachtwoord"))
                .isInstanceOf(PasswordResets.InvalidResetLink.class);
    }

    @Test
    void every_address_gets_the_same_answer_and_only_an_active_account_gets_mail() {
        String unknown = UserServiceTest.unique("onbekend");
        as(Roles.ADMIN, () -> users.setActive(created.id(), false));

        assertThat(resets.request(unknown, client(), Languages.DUTCH)).isEqualTo(PasswordResets.Answer.SENT_IF_KNOWN);
        assertThat(resets.request(email, client(), Languages.DUTCH)).isEqualTo(PasswordResets.Answer.SENT_IF_KNOWN);

        assertThat(mailsInOutboxTo(unknown)).isZero();
        assertThat(mailsInOutboxTo(email)).as("deactivated").isZero();
    }

    @Test
    void an_account_gets_at_most_three_links_an_hour_and_a_client_asks_at_most_ten_times() {
        String client = client();
        for (int i = 0; i < 5; i++) {
            assertThat(resets.request(email, client, Languages.DUTCH)).isEqualTo(PasswordResets.Answer.SENT_IF_KNOWN);
        }
        assertThat(mailsInOutboxTo(email)).isEqualTo(PasswordResets.LINKS_PER_ACCOUNT);
        for (int i = 5; i < PasswordResets.REQUESTS_PER_CLIENT; i++) {
            resets.request(UserServiceTest.unique("wie"), client, Languages.DUTCH);
        }
        assertThat(resets.request(UserServiceTest.unique("wie"), client, Languages.DUTCH))
                .isEqualTo(PasswordResets.Answer.TOO_MANY);
        assertThat(resets.request(UserServiceTest.unique("wie"), client(), Languages.DUTCH))
                .as("another client").isEqualTo(PasswordResets.Answer.SENT_IF_KNOWN);

        clock.advance(Duration.ofMinutes(61));
        resets.request(email, client(), Languages.DUTCH);
        assertThat(mailsInOutboxTo(email)).as("an hour later").isEqualTo(PasswordResets.LINKS_PER_ACCOUNT + 1);
    }

    @Test
    void the_mail_speaks_the_language_it_was_asked_in() {
        resets.request(email, client(), Languages.ENGLISH);
        assertThat(jdbc.queryForObject("select subject from outbox_mail where recipient = ? order by id desc limit 1",
                String.class, email)).isEqualTo("Groepskracht: choose a new password");
    }

    @Test
    void two_tabs_using_one_link_at_once_set_one_password() throws Exception {
        resets.request(email, client(), Languages.DUTCH);
        String token = tokenInOutbox();
        List<Callable<String>> tabs = List.of(() -> attempt(token, "eerste lange zin als wachtwoord"),
                () -> attempt(token, "tweede lange zin als wachtwoord"));
        List<String> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (Future<String> outcome : pool.invokeAll(tabs)) {
                outcomes.add(outcome.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce("set").contains("link used");
    }

    @Test
    void a_new_password_ends_the_accounts_other_links() {
        resets.request(email, client(), Languages.DUTCH);
        String first = tokenInOutbox();
        resets.request(email, client(), Languages.DUTCH);
        String second = tokenInOutbox();
        assertThat(second).isNotEqualTo(first);
        resets.reset(second, "een lange zin als wachtwoord");
        assertThat(resets.isUsable(first)).isFalse();
    }

    private String attempt(String token, String password) {
        try {
            resets.reset(token, password);
            return "set";
        } catch (PasswordResets.InvalidResetLink used) {
            return "link used";
        }
    }

    private boolean signsIn(String password) throws Exception {
        try {
            authentication.getAuthenticationManager()
                    .authenticate(new UsernamePasswordAuthenticationToken(email, password));
            return true;
        } catch (BadCredentialsException wrong) {
            return false;
        }
    }

    private UserAccount account() {
        return accounts.findById(created.id()).orElseThrow();
    }

    private int mailsInOutboxTo(String address) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class, address);
    }

    private String tokenInOutbox() {
        return token(jdbc.queryForObject("select body_text from outbox_mail where recipient = ? and status <> 'SENT' "
                + "order by id desc limit 1", String.class, email));
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a link in: %s", text).isTrue();
        return link.group(1);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldValidationException.class, refused -> {
            assertThat(refused.field()).isEqualTo("password");
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }

    /** Each test asks from clients of its own, so the per-client limit never mixes tests. */
    private static String client() {
        return "reset-client-" + CLIENTS.incrementAndGet();
    }
}
