package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * "Nog 23 tekens over" under a text field with a limit, counting as the person types, and "4 tekens te
 * veel" beyond it. Nothing is cut off: the field takes what is typed or pasted and the form says
 * what to shorten (its validator refuses the save). The count follows the browser's input events (only
 * the length is sent), so it works whatever the field's value change mode (a note saved when left).
 * The field's own help text stays above the count.
 */
public final class CharacterCounter {

    private CharacterCounter() {
    }

    public static void attach(TextFieldBase<?, String> field, int max) {
        var count = new Span();
        count.addClassName("gk-char-count");
        field.getId().ifPresent(id -> count.setId(id + "-count"));
        var helper = new Div();
        helper.addClassName("gk-field-helper");
        String text = field.getHelperText();
        if (text != null && !text.isBlank()) {
            field.setHelperText(null);
            helper.add(new Div(text));
        }
        helper.add(count);
        field.setHelperComponent(helper);
        show(count, length(field.getValue()), max, field);
        field.addValueChangeListener(e -> show(count, length(e.getValue()), max, field));
        field.getElement().addEventListener("input", e -> show(count,
                e.getEventData().get("element.value.length").asInt(), max, field))
                .addEventData("element.value.length").debounce(200);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static void show(Span count, int length, int max, Component in) {
        int left = max - length;
        count.setText(left >= 0 ? in.getTranslation("field.characters-left", left)
                : in.getTranslation("field.characters-over", -left));
        count.getElement().getClassList().set("gk-char-count-over", left < 0);
    }
}
