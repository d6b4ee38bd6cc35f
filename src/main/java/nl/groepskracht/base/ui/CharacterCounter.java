package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * "Nog 23 tekens over" under a text field with a limit, counting as the person types, and "4 tekens te
 * veel" beyond it. Nothing is cut off: the field takes what is typed or pasted and the form says
 * what to shorten (its validator refuses the save). The field's own help text stays above the count.
 */
public final class CharacterCounter {

    private CharacterCounter() {
    }

    /** Attaches a counter; a field left on "update when left" is switched to "update while typing". */
    public static void attach(TextFieldBase<?, String> field, int max) {
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(250);
        }
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
        show(count, field.getValue(), max, field);
        field.addValueChangeListener(e -> show(count, e.getValue(), max, field));
    }

    private static void show(Span count, String value, int max, Component in) {
        int left = max - (value == null ? 0 : value.length());
        count.setText(left >= 0 ? in.getTranslation("field.characters-left", left)
                : in.getTranslation("field.characters-over", -left));
        count.getElement().getClassList().set("gk-char-count-over", left < 0);
    }
}
