package nl.groepskracht.directory;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A wijk's CBS code (WK + 6 digits) and its households with children per year. */
@SpringBootTest
class WijkFiguresTest {

    @Autowired
    DirectoryService directory;

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {"WK12345", "wk034401", "WK0344011", "BU034401", "WK 034401", "034401"})
    void a_cbs_code_in_the_wrong_format_is_refused_at_its_field(String code) {
        var draft = wijk("Codewijk " + System.nanoTime());
        draft.setCbsCode(code);
        assertThat(Validation.buildDefaultValidatorFactory().getValidator().validate(draft))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("cbsCode");
        assertThatThrownBy(() -> as(Roles.ADVISEUR, () -> directory.saveWijk(null, draft)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_wijk_keeps_its_cbs_code_and_households_per_year_and_a_code_belongs_to_one_wijk() {
        var draft = wijk("Telwijk " + System.nanoTime());
        String code = "WK" + String.format("%06d", System.nanoTime() % 1_000_000);
        draft.setCbsCode(code);
        draft.setHouseholdsYear(2024);
        draft.setHouseholdsWithChildren(3120);
        long id = as(Roles.ADVISEUR, () -> directory.saveWijk(null, draft));
        var next = directory.allWijken().stream().filter(w -> w.id() == id).findFirst().orElseThrow().toDraft();
        assertThat(next.getCbsCode()).isEqualTo(code);
        next.setHouseholdsYear(2025);
        next.setHouseholdsWithChildren(3200);
        as(Roles.ADVISEUR, () -> directory.saveWijk(id, next));
        assertThat(directory.householdsWithChildren(id)).containsEntry(2024, 3120).containsEntry(2025, 3200);

        var other = wijk("Andere telwijk " + System.nanoTime());
        other.setCbsCode(code);
        assertThatThrownBy(() -> as(Roles.ADVISEUR, () -> directory.saveWijk(null, other)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("cbsCode"));
        var half = wijk("Halve telwijk " + System.nanoTime());
        half.setHouseholdsYear(2025);
        assertThatThrownBy(() -> as(Roles.ADVISEUR, () -> directory.saveWijk(null, half)))
                .isInstanceOf(FieldValidationException.class);
    }

    private static WijkDraft wijk(String name) {
        var draft = new WijkDraft();
        draft.setName(name);
        draft.setMunicipality("Utrecht");
        return draft;
    }
}
