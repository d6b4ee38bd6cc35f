package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.groepskracht.base.i18n.ParentLanguages;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.signup.PhoneSignup;
import nl.groepskracht.signup.PhoneSignups;
import nl.groepskracht.signup.Toeleiding;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.base.ui.FormBinder;

/**
 * A parent who called or came by: their name, and an e-mail address or a phone number; the
 * facilitator ticks that the parent agreed, orally. Without an address the parent gets no e-mails,
 * and the facilitator is told so.
 */
class AddParticipantDialog extends EditorDialog<PhoneSignup> {

    AddParticipantDialog(long groupId, PhoneSignups signups, Runnable onSaved) {
        this(new Fields(signups.languages()), groupId, signups, onSaved, new boolean[] {true});
    }

    private AddParticipantDialog(Fields fields, long groupId, PhoneSignups signups, Runnable onSaved,
            boolean[] mailed) {
        super(fields.getTranslation("participant.add"), fields, fields.binder, new PhoneSignup(),
                signup -> mailed[0] = signups.add(groupId, signup), () -> {
                    onSaved.run();
                    if (!mailed[0]) {
                        Toasts.info(fields.getTranslation("participant.no-mail"));
                    }
                });
    }

    static class Fields extends FormLayout {

        final TextField name = new TextField(getTranslation("participant.by-phone.name"));
        final EmailField email = new EmailField(getTranslation("participant.by-phone.email"));
        final TextField phone = new TextField(getTranslation("participant.by-phone.phone"));
        final Select<String> language = new Select<>();
        final Select<Toeleiding> toeleiding = new Select<>();
        final Checkbox consentGiven = new Checkbox(getTranslation("participant.by-phone.consent"));
        final FormBinder<PhoneSignup> binder = new FormBinder<>(PhoneSignup.class);

        Fields(java.util.List<String> languages) {
            name.setId("participant-name");
            email.setId("participant-email");
            email.setHelperText(getTranslation("participant.by-phone.email.help"));
            phone.setId("participant-phone");
            language.setId("participant-language");
            language.setLabel(getTranslation("participant.by-phone.language"));
            language.setItems(languages);
            language.setItemLabelGenerator(code -> ParentLanguages.nameFor(java.util.Locale.of(code), getLocale()));
            toeleiding.setId("participant-toeleiding");
            toeleiding.setLabel(getTranslation("toeleiding.question.phone"));
            toeleiding.setItems(Toeleiding.values());
            toeleiding.setEmptySelectionAllowed(true);
            toeleiding.setEmptySelectionCaption(getTranslation("toeleiding.unknown"));
            toeleiding.setItemLabelGenerator(t -> t == null ? getTranslation("toeleiding.unknown")
                    : getTranslation("toeleiding." + t.name()));
            consentGiven.setId("participant-consent");
            binder.bindInstanceFields(this);
            add(name, email, phone, language, toeleiding, consentGiven);
            setColspan(consentGiven, 2);
        }
    }
}
