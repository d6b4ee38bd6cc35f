package nl.groepskracht.group.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.group.AgeRange;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.security.Professional;
import nl.groepskracht.base.ui.FormBinder;

/** The fields of a group. Capacity only applies to groups with registration. */
public class GroupEditor extends FormLayout {

    final TextField name = new TextField(getTranslation("group.name"));
    final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("group.theme"));
    final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("group.wijk"));
    final TextArea description = new TextArea(getTranslation("group.description"));
    final Select<AgeRange> ageRange = new Select<>();
    final Select<SignupMode> signupMode = new Select<>();
    final IntegerField capacity = new IntegerField(getTranslation("group.capacity"));
    final TextField location = new TextField(getTranslation("group.location"));
    final MultiSelectComboBox<Professional> facilitators = new MultiSelectComboBox<>(
            getTranslation("group.facilitators"));
    final ComboBox<OrganisationItem> organisation = new ComboBox<>(getTranslation("group.organisation"));
    final TextField contactName = new TextField(getTranslation("group.contact-name"));
    final TextField contactPhone = new TextField(getTranslation("group.contact-phone"));
    final TextField contactEmail = new TextField(getTranslation("group.contact-email"));
    final TextField cost = new TextField(getTranslation("group.cost"));
    final FormBinder<GroupDraft> binder = new FormBinder<>(GroupDraft.class);

    public GroupEditor(List<ThemeItem> themes, List<WijkItem> wijken, List<Professional> professionals,
            List<OrganisationItem> organisations) {
        setIds();
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeItem::name);
        wijk.setItems(wijken);
        wijk.setItemLabelGenerator(w -> w.name() + " (" + w.municipality() + ")");
        ageRange.setLabel(getTranslation("group.age-range"));
        ageRange.setItems(AgeRange.values());
        ageRange.setItemLabelGenerator(a -> getTranslation("group.age-range." + a.name()));
        signupMode.setLabel(getTranslation("group.signup-mode"));
        signupMode.setItems(SignupMode.values());
        signupMode.setItemLabelGenerator(m -> getTranslation("group.signup-mode." + m.name()));
        signupMode.addValueChangeListener(e -> capacity.setEnabled(e.getValue() != SignupMode.WALK_IN));
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("group.capacity.help"));
        description.setHelperText(getTranslation("group.description.help"));
        facilitators.setItems(professionals);
        facilitators.setItemLabelGenerator(Professional::name);
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationItem::name);
        organisation.setClearButtonVisible(true);
        contactName.setHelperText(getTranslation("group.contact.help"));
        cost.setHelperText(getTranslation("group.cost.help"));
        binder.forField(organisation).withConverter(o -> o == null ? null : o.id(),
                id -> organisations.stream().filter(o -> id != null && o.id() == id).findFirst().orElse(null))
                .bind("organisationId");
        bind(themes, wijken, professionals);
        add(name, theme, wijk, ageRange, signupMode, capacity, location, facilitators, organisation, contactName,
                contactPhone, contactEmail, cost, description);
        setColspan(description, 2);
    }

    public FormBinder<GroupDraft> binder() {
        return binder;
    }

    private void bind(List<ThemeItem> themes, List<WijkItem> wijken, List<Professional> professionals) {
        binder.forField(theme).withConverter(t -> t == null ? null : t.id(),
                id -> themes.stream().filter(t -> id != null && t.id() == id).findFirst().orElse(null))
                .bind("themeId");
        binder.forField(wijk).withConverter(w -> w == null ? null : w.id(),
                id -> wijken.stream().filter(w -> id != null && w.id() == id).findFirst().orElse(null))
                .bind("wijkId");
        binder.forField(facilitators).withConverter(GroupEditor::ids, (Set<Long> ids) -> professionals.stream()
                .filter(p -> ids != null && ids.contains(p.id())).collect(Collectors.toSet()))
                .bind("facilitatorIds");
        binder.bindInstanceFields(this);
    }

    private static Set<Long> ids(Set<Professional> chosen) {
        return chosen == null ? new HashSet<>() : chosen.stream().map(Professional::id).collect(Collectors.toSet());
    }

    private void setIds() {
        name.setId("group-name");
        theme.setId("group-theme");
        wijk.setId("group-wijk");
        description.setId("group-description");
        ageRange.setId("group-age-range");
        signupMode.setId("group-signup-mode");
        capacity.setId("group-capacity");
        location.setId("group-location");
        facilitators.setId("group-facilitators");
        organisation.setId("group-organisation");
        contactName.setId("group-contact-name");
        contactPhone.setId("group-contact-phone");
        contactEmail.setId("group-contact-email");
        cost.setId("group-cost");
    }
}
