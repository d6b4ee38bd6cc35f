package nl.groepskracht.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.groepskracht.base.Roles;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The administrator's user form: bad input is refused at the field and nothing is saved. */
class UserFormTest extends KaribuTest {

    @Autowired
    UserService users;

    @BeforeEach
    void openNewUserForm() {
        login("admin@test.example", Roles.ADMIN);
        navigate("gebruikers");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
    }

    @Test
    void an_empty_form_marks_the_required_fields() {
        long before = count();
        save();
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(name().isInvalid()).isTrue();
        assertThat(role().isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_invalid_e_mail_address_is_refused() {
        fill("geen-adres", "Piet Pieters");
        save();
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).contains("geldig e-mailadres");
        assertThat(name().isInvalid()).isFalse();
    }

    @Test
    void an_overlong_name_and_markup_are_refused() {
        fill("lang@test.example", "x".repeat(101));
        save();
        assertThat(name().getErrorMessage()).isEqualTo("Dit is te lang: maximaal 100 tekens.");
        name().setValue("<script>alert(1)</script>");
        save();
        assertThat(name().getErrorMessage()).contains("< of >");
        assertThat(users.list(Pageable.unpaged()).getContent()).noneMatch(u -> u.email().equals("lang@test.example"));
    }

    @Test
    void a_duplicate_e_mail_address_is_refused_at_the_e_mail_field() {
        String email = UserServiceTest.unique("bestaat");
        as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.ADVISEUR)));
        long before = count();
        fill(email.toUpperCase(), "Tweede Persoon");
        save();
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Er is al een gebruiker met dit e-mailadres.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_valid_form_creates_the_account_and_shows_its_password_once() {
        String email = UserServiceTest.unique("goed");
        fill(email, "Nieuwe Collega");
        save();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("generated-password"))
                .getText()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(users.list(Pageable.unpaged()).getContent()).anyMatch(u -> u.email().equals(email));
    }

    private void fill(String emailValue, String nameValue) {
        email().setValue(emailValue);
        name().setValue(nameValue);
        role().setValue(Role.FACILITATOR);
    }

    private long count() {
        return users.list(Pageable.unpaged()).getTotalElements();
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save")));
    }

    private static EmailField email() {
        return _get(EmailField.class, spec -> spec.withId("email"));
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withId("display-name"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> role() {
        return _get(Select.class, spec -> spec.withId("role"));
    }
}
