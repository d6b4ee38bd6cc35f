package nl.groepskracht.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.security.Role;
import nl.groepskracht.security.UserDraft;
import nl.groepskracht.base.ui.FormBinder;

/** The fields of an account; validation comes from the Bean Validation rules on {@link UserDraft}. */
class UserEditor extends FormLayout {

    final EmailField email = new EmailField(getTranslation("user.email"));
    final TextField displayName = new TextField(getTranslation("user.name"));
    final ComboBox<OrganisationItem> organisation = new ComboBox<>(getTranslation("user.organisation"));
    final Select<Role> role = new Select<>();
    final FormBinder<UserDraft> binder = new FormBinder<>(UserDraft.class);

    UserEditor(List<OrganisationItem> organisations) {
        email.setId("email");
        // the field checks the address in the browser too; its message must be ours
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        displayName.setId("display-name");
        organisation.setId("organisation");
        role.setId("role");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationItem::name);
        organisation.setClearButtonVisible(true);
        Map<Long, OrganisationItem> byId = organisations.stream()
                .collect(Collectors.toMap(OrganisationItem::id, Function.identity()));
        binder.forField(organisation)
                .withConverter(item -> item == null ? null : item.id(), id -> id == null ? null : byId.get(id))
                .bind("organisationId");
        binder.bindInstanceFields(this);
        add(email, displayName, organisation, role);
    }
}
