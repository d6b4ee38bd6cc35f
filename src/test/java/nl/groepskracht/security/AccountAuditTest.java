package nl.groepskracht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.privacy.AuditQuery;
import nl.groepskracht.privacy.AuditSentences;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every change to a professional's account is in the audit log: who did it, to whom, when and what changed —
 * created, deactivated and activated, role and e-mail address, a password made by the administrator, and the
 * owner's own new password (changed, or chosen through the mailed link).
 */
@SmtpAndClockTest
class AccountAuditTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    UserService users;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    PasswordResets resets;
    @Autowired
    ResetLinks links;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditSentences sentences;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_administrators_changes_to_an_account_each_leave_a_sentence_with_who_to_whom_and_what() {
        long mira = WithRole.as(Roles.ADMIN, () -> users.create(named("Mira Jansen", Role.ADMIN))).id();
        String miraEmail = WithRole.as(Roles.ADMIN, () -> users.load(mira)).getEmail();
        String oldAddress = UserServiceTest.unique("sanne");
        String newAddress = UserServiceTest.unique("sanne.devries");
        long sanne = asMira(miraEmail, () -> users.create(named("Sanne de Vries", Role.FACILITATOR, oldAddress)).id());
        asMira(miraEmail, () -> {
            users.update(sanne, named("Sanne de Vries", Role.ADVISEUR, oldAddress));
            users.update(sanne, named("Sanne de Vries", Role.ADVISEUR, newAddress));
            users.update(sanne, named("Sanne de Vries", Role.ADVISEUR, newAddress)); // nothing changed: no line
            users.setActive(sanne, false);
            users.setActive(sanne, false); // already inactive: no line
            users.setActive(sanne, true);
            users.resetPassword(sanne);
            return null;
        });

        assertThat(linesAbout(sanne)).containsExactly(
                List.of("Mira Jansen heeft het account van Sanne de Vries aangemaakt", ""),
                List.of("Mira Jansen heeft de rol van Sanne de Vries gewijzigd", "Facilitator \u2192 Adviseur"),
                List.of("Mira Jansen heeft het e-mailadres van Sanne de Vries gewijzigd",
                        oldAddress + " \u2192 " + newAddress),
                List.of("Mira Jansen heeft het account van Sanne de Vries gedeactiveerd", ""),
                List.of("Mira Jansen heeft het account van Sanne de Vries weer geactiveerd", ""),
                List.of("Mira Jansen heeft een nieuw wachtwoord voor Sanne de Vries gemaakt", ""));
        List<AuditEntry> entries = entriesAbout(sanne);
        assertThat(entries).extracting(AuditEntry::actorAccountId).containsOnly(mira);
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_CREATED,
                AuditAction.ACCOUNT_ROLE_CHANGED, AuditAction.ACCOUNT_EMAIL_CHANGED, AuditAction.ACCOUNT_DEACTIVATED,
                AuditAction.ACCOUNT_ACTIVATED, AuditAction.ACCOUNT_PASSWORD_RESET);
    }

    @Test
    void the_owner_choosing_a_password_is_in_the_log_too_also_through_the_mailed_link() {
        String email = UserServiceTest.unique("fatima");
        var created = WithRole.as(Roles.ADMIN, () -> users.create(named("Fatima El Amrani", Role.FACILITATOR, email)));
        WithRole.as(email, Roles.FACILITATOR, () -> {
            ownPassword.change(created.password(), "mijn eigen lange wachtwoord", "10.9.8.7");
            return null;
        });
        resets.reset(links.create(created.id()), "een andere lange zin als wachtwoord");

        assertThat(linesAbout(created.id())).containsExactly(
                List.of("Test admin heeft het account van Fatima El Amrani aangemaakt", ""),
                List.of("Fatima El Amrani heeft het eigen wachtwoord gewijzigd", ""),
                List.of("Fatima El Amrani heeft het eigen wachtwoord gewijzigd",
                        "via de link uit de e-mail \u2018Wachtwoord vergeten\u2019"));
        assertThat(entriesAbout(created.id()).subList(1, 3)).allSatisfy(e -> {
            assertThat(e.actorAccountId()).isEqualTo(created.id());
            assertThat(e.ownAccount()).isTrue();
        });
    }

    private List<List<String>> linesAbout(long account) {
        return entriesAbout(account).stream()
                .map(e -> List.of(sentences.what(e, DUTCH), sentences.note(e, DUTCH))).toList();
    }

    private List<AuditEntry> entriesAbout(long account) {
        return WithRole.as(Roles.ADMIN, () -> audit.list(new AuditQuery(account, null,
                Set.of(AuditAction.values()), null, null), PageRequest.of(0, 50, Sort.by("id")))).getContent();
    }

    private static <T> T asMira(String email, java.util.function.Supplier<T> action) {
        return WithRole.as(email, Roles.ADMIN, action);
    }

    private static UserDraft named(String name, Role role) {
        return named(name, role, UserServiceTest.unique(name.toLowerCase().replace(' ', '.')));
    }

    private static UserDraft named(String name, Role role, String email) {
        UserDraft draft = UserServiceTest.draft(email, role);
        draft.setDisplayName(name);
        return draft;
    }
}
