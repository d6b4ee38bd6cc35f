package nl.groepskracht.directory;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SpringBootTest
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;

    @Test
    void the_four_themes_of_the_design_are_seeded() {
        assertThat(directory.allThemes()).extracting(ThemeItem::code)
                .contains("echtscheiding", "overgewicht", "schoolverzuim", "spelinloop");
    }

    @Test
    void utrecht_and_amsterdam_nieuw_west_wijken_are_seeded() {
        assertThat(directory.wijken(Pageable.unpaged()).getContent()).extracting(WijkItem::name)
                .contains("Overvecht", "Kanaleneiland", "Osdorp", "Geuzenveld-Slotermeer");
    }

    @Test
    void adviseur_adds_a_wijk_and_a_second_one_with_the_same_name_is_refused_at_the_name_field() {
        var draft = wijk("Lunetten " + System.nanoTime(), "Utrecht");
        long id = as(Roles.ADVISEUR, () -> directory.saveWijk(null, draft));
        assertThat(directory.wijken(Pageable.unpaged()).getContent()).extracting(WijkItem::id).contains(id);

        assertThatThrownBy(() -> as(Roles.ADMIN, () -> directory.saveWijk(null, wijk(draft.getName(), "Utrecht"))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("wijk.name.taken");
                });
    }

    @Test
    void the_same_wijk_name_in_another_municipality_is_fine() {
        String name = "Centrum " + System.nanoTime();
        as(Roles.ADMIN, () -> directory.saveWijk(null, wijk(name, "Utrecht")));
        long id = as(Roles.ADMIN, () -> directory.saveWijk(null, wijk(name, "Amsterdam")));
        assertThat(id).isPositive();
    }

    @Test
    void renaming_a_theme_keeps_its_code_unique() {
        var draft = theme("test-" + System.nanoTime(), "Thema " + System.nanoTime());
        long id = as(Roles.ADVISEUR, () -> directory.saveTheme(null, draft));
        draft.setName(draft.getName() + " (nieuw)");
        as(Roles.ADVISEUR, () -> directory.saveTheme(id, draft));
        assertThat(directory.allThemes()).extracting(ThemeItem::name).contains(draft.getName());

        assertThatThrownBy(() -> as(Roles.ADVISEUR, () -> directory.saveTheme(null, theme("spelinloop", "Iets anders"))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void a_facilitator_cannot_change_reference_data() {
        assertThatThrownBy(() -> as(Roles.FACILITATOR, () -> directory.saveWijk(null, wijk("Nergens", "Utrecht"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void blank_or_markup_input_is_refused_and_nothing_is_saved() {
        long before = directory.wijken(Pageable.unpaged()).getTotalElements();
        assertThatThrownBy(() -> as(Roles.ADMIN, () -> directory.saveWijk(null, wijk(" ", "Utrecht"))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as(Roles.ADMIN, () -> directory.saveWijk(null, wijk("<script>", "Utrecht"))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(directory.wijken(Pageable.unpaged()).getTotalElements()).isEqualTo(before);
    }

    private static WijkDraft wijk(String name, String municipality) {
        var draft = new WijkDraft();
        draft.setName(name);
        draft.setMunicipality(municipality);
        return draft;
    }

    private static ThemeDraft theme(String code, String name) {
        var draft = new ThemeDraft();
        draft.setCode(code);
        draft.setName(name);
        return draft;
    }
}
