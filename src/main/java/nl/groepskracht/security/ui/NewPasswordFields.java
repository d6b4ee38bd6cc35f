package nl.groepskracht.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.HashMap;
import java.util.Map;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.security.PasswordRules;
import nl.groepskracht.base.ui.Toasts;

/**
 * The new password typed twice (after the current one, where it is asked); a rule the service refuses
 * is shown at its field. The same on the change-password page and on the page of the e-mailed link.
 */
class NewPasswordFields extends FormLayout {

    final PasswordField chosen = new PasswordField(getTranslation("password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
    private final Map<String, HasValidation> byName = new HashMap<>();

    /** @param current the field for the current password, or null where it is not asked */
    NewPasswordFields(PasswordField current) {
        setMaxWidth("28rem");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        if (current != null) {
            current.setId("current-password");
            current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
            byName.put("current", current);
            add(current);
        }
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("password.rules", PasswordRules.MIN_LENGTH));
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setId("repeat-password");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        byName.put("password", chosen);
        byName.put("repeat", repeat);
        add(chosen, repeat);
    }

    /** Whether both new fields hold the same password; if not, says so at the second one. */
    boolean repeatedCorrectly() {
        byName.values().forEach(field -> field.setInvalid(false));
        if (!chosen.getValue().equals(repeat.getValue())) {
            show(new FieldValidationException("repeat", "password.repeat.different"));
            return false;
        }
        return true;
    }

    void show(FieldValidationException refused) {
        String message = getTranslation(refused.messageKey(), refused.args());
        HasValidation field = byName.get(refused.field());
        if (field == null) {
            Toasts.error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
