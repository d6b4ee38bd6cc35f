package nl.groepskracht.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.mail.ui.OutboxView;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's start page: failed mail one click from the filtered outbox, attacked accounts, the log. */
class AdminStartPageTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void failed_mail_an_account_under_attack_and_the_latest_log_lines_are_on_the_start_page() {
        String subject = "Mislukt " + System.nanoTime();
        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail("ouder@example.org", subject,
                "tekst", "<p>tekst</p>", null, null)));
        jdbc.update("UPDATE outbox_mail SET status = 'FAILED', attempts = 5, last_error = 'SMTP 550' WHERE subject = ?",
                subject);
        Professional target = accounts.create("Doelwit", Role.FACILITATOR);
        var guesses = new LoginThrottle.Attempt("203.0.113." + (System.nanoTime() % 200), "id:" + target.id());
        for (int i = 0; i < 5; i++) {
            throttle.admit(guesses);
        }
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        nl.groepskracht.support.Accounts.as(fatima, () -> audit.record(AuditAction.PARTICIPANTS_VIEWED, null, null));

        loginAs("Beheer", Role.ADMIN);
        navigate("");
        assertThat(text("start-outbox")).containsPattern("\\d+ e-mails? (is|zijn) mislukt");
        assertThat(text("start-accounts")).contains(target.name(), "inloggen wordt vertraagd")
                .doesNotContain(fatima.name());
        assertThat(text("start-audit")).contains(fatima.name());

        _click(_get(Button.class, spec -> spec.withId("start-outbox-failed")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(OutboxView.class);
        assertThat(_get(Select.class, spec -> spec.withId("outbox-status")).getValue()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void a_facilitator_sees_none_of_the_administrators_cards() {
        loginAs("Fatima", Role.FACILITATOR);
        navigate("");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Section.class,
                spec -> spec.withId("start-outbox"))).isEmpty();
    }

    private static String text(String id) {
        return _get(Section.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
