package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.SignupForm;
import nl.groepskracht.signup.Toeleiding;

/** A parent who signed up by phone: the same fields and rules as the public form. */
class AddParticipantDialog extends EditorDialog<SignupForm> {

    AddParticipantDialog(long groupId, ParticipantAdmin participants, Runnable onSaved) {
        this(new Fields(), groupId, participants, onSaved);
    }

    private AddParticipantDialog(Fields fields, long groupId, ParticipantAdmin participants, Runnable onSaved) {
        super(fields.getTranslation("participant.add"), fields, fields.binder, consented(),
                form -> participants.addByHand(groupId, form), onSaved);
    }

    /** The facilitator asked for consent on the phone; the form records it with a "-phone" version. */
    private static SignupForm consented() {
        var form = new SignupForm();
        form.setConsent(true);
        return form;
    }

    static class Fields extends FormLayout {

        final TextField name = new TextField(getTranslation("signup.name"));
        final EmailField email = new EmailField(getTranslation("signup.email"));
        final TextField phone = new TextField(getTranslation("signup.phone"));
        final Select<String> language = new Select<>();
        final Select<Toeleiding> toeleiding = new Select<>();
        final BeanValidationBinder<SignupForm> binder = new BeanValidationBinder<>(SignupForm.class);

        Fields() {
            name.setId("participant-name");
            email.setId("participant-email");
            phone.setId("participant-phone");
            language.setId("participant-language");
            language.setLabel(getTranslation("signup.language"));
            language.setItems("nl", "en");
            language.setItemLabelGenerator(code -> getTranslation("language." + code));
            toeleiding.setId("participant-toeleiding");
            toeleiding.setLabel(getTranslation("toeleiding.question.phone"));
            toeleiding.setItems(Toeleiding.values());
            toeleiding.setEmptySelectionAllowed(true);
            toeleiding.setEmptySelectionCaption(getTranslation("toeleiding.unknown"));
            toeleiding.setItemLabelGenerator(t -> t == null ? getTranslation("toeleiding.unknown")
                    : getTranslation("toeleiding." + t.name()));
            binder.bindInstanceFields(this);
            add(name, email, phone, language, toeleiding);
        }
    }
}
