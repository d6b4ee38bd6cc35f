package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.i18n.ComponentTexts;

/**
 * A dialog around an editor form: "Save" writes the bean only when every field is valid, hands it
 * to the service, and shows a rule the service refused (a duplicate name) at the field concerned.
 * Nothing is saved until everything is valid. "Save" works once per click of a person: it is disabled
 * while the save runs, and the bean carries the form's submission key to the service.
 */
public class EditorDialog<T> extends Dialog {

    private final Binder<T> binder;
    private final T bean;
    private final Consumer<T> save;
    private final Runnable onSaved;

    public EditorDialog(String title, Component form, Binder<T> binder, T bean, Consumer<T> save, Runnable onSaved) {
        this.binder = binder;
        this.bean = bean;
        this.save = save;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        addClassName("gk-editor-dialog");
        binder.readBean(bean);
        add(form);
        var saveButton = new OnceButton(getTranslation("action.save"), this::save);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel");
        getFooter().add(cancel, saveButton);
        // date pickers and the like in the form speak the UI's language (months, "Vandaag", ...)
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                ComponentTexts.apply(this);
            }
        });
    }

    /** Adds an action next to Save, e.g. "deactivate". */
    public void addFooterAction(Button action) {
        getFooter().addComponentAsFirst(action);
    }

    private void save() {
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            save.accept(bean);
        } catch (FieldValidationException refused) {
            showAtField(refused);
            return;
        }
        close();
        Toasts.saved();
        onSaved.run();
    }

    private void showAtField(FieldValidationException refused) {
        String message = getTranslation(refused.messageKey(), refused.args());
        binder.getBinding(refused.field())
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .ifPresentOrElse(field -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }, () -> Toasts.error(message));
    }
}
