package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

@SpringBootTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void a_new_account_signs_in_with_its_generated_password_which_is_stored_only_as_a_bcrypt_hash()
            throws Exception {
        String email = unique("nieuw");
        var created = as(Roles.ADMIN, () -> users.create(draft(email, Role.FACILITATOR)));

        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(16);
        String hash = accounts.findById(created.id()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(created.password());
        var signedIn = authenticationManager().authenticate(
                new UsernamePasswordAuthenticationToken(email.toUpperCase(), created.password()));
        assertThat(((AccountPrincipal) signedIn.getPrincipal()).nextStep()).as("first its own password")
                .contains(SignInStep.OWN_PASSWORD);
        assertThat(signedIn.getAuthorities()).as("no role until then").isEmpty();
    }

    @Test
    void a_name_loses_its_bidi_controls_and_invisible_characters() {
        var draft = draft(unique("naam"), Role.FACILITATOR);
        draft.setDisplayName("\u202Einamra le\u200E amitaF");
        long id = as(Roles.ADMIN, () -> users.create(draft)).id();
        assertThat(as(Roles.ADMIN, () -> users.load(id)).getDisplayName()).isEqualTo("inamra le amitaF");
    }

    @Test
    void an_e_mail_address_is_used_once_whatever_its_case() {
        String email = unique("dubbel");
        as(Roles.ADMIN, () -> users.create(draft(email, Role.ADVISEUR)));
        assertThatThrownBy(() -> as(Roles.ADMIN, () -> users.create(draft(email.toUpperCase(), Role.ADMIN))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("user.email.taken");
                });
    }

    @Test
    void a_deactivated_account_cannot_sign_in() throws Exception {
        String email = unique("weg");
        var created = as(Roles.ADMIN, () -> users.create(draft(email, Role.ADVISEUR)));
        as(Roles.ADMIN, () -> users.setActive(created.id(), false));
        assertThatThrownBy(() -> authenticationManager().authenticate(
                new UsernamePasswordAuthenticationToken(email, created.password())))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void only_an_administrator_manages_accounts() {
        assertThatThrownBy(() -> as(Roles.ADVISEUR, () -> users.list(Pageable.unpaged())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(Roles.FACILITATOR, () -> users.create(draft(unique("x"), Role.ADMIN))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private AuthenticationManager authenticationManager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }

    static String unique(String name) {
        return name + "." + System.nanoTime() + "@test.example";
    }

    static UserDraft draft(String email, Role role) {
        var draft = new UserDraft();
        draft.setEmail(email);
        draft.setDisplayName("Test " + role);
        draft.setRole(role);
        return draft;
    }
}
