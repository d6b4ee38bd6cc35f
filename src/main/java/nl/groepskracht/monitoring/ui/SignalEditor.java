package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.DemandSignalDraft;
import nl.groepskracht.base.ui.FormBinder;

/** The fields of a demand signal: theme, wijk, the organisation that noticed it, families, date, note. */
class SignalEditor extends FormLayout {

    final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("monitoring.theme"));
    final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("monitoring.wijk"));
    final ComboBox<OrganisationItem> organisation = new ComboBox<>(getTranslation("demand.organisation"));
    final IntegerField families = new IntegerField(getTranslation("demand.families"));
    final DatePicker noticedOn = new DatePicker(getTranslation("demand.noticed"));
    final TextArea note = new TextArea(getTranslation("demand.note"));
    final FormBinder<DemandSignalDraft> binder = new FormBinder<>(DemandSignalDraft.class);

    SignalEditor(List<ThemeItem> themes, List<WijkItem> wijken, List<OrganisationItem> organisations) {
        theme.setId("signal-theme");
        wijk.setId("signal-wijk");
        organisation.setId("signal-organisation");
        families.setId("signal-families");
        families.setHelperText(getTranslation("demand.families.help"));
        noticedOn.setId("signal-noticed");
        note.setId("signal-note");
        bind(theme, themes, ThemeItem::name, ThemeItem::id, "themeId");
        bind(wijk, wijken, WijkItem::name, WijkItem::id, "wijkId");
        bind(organisation, organisations, OrganisationItem::name, OrganisationItem::id, "organisationId");
        binder.forField(families).bind("families");
        binder.forField(noticedOn).bind("noticedOn");
        binder.forField(note).bind("note");
        add(theme, wijk, organisation, families, noticedOn, note);
    }

    private <T> void bind(ComboBox<T> box, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> label,
            ToLongFunction<T> id, String property) {
        box.setItems(items);
        box.setItemLabelGenerator(label);
        binder.forField(box).withConverter((T item) -> item == null ? null : id.applyAsLong(item),
                (Long value) -> value == null ? null : items.stream().filter(i -> id.applyAsLong(i) == value)
                        .findFirst().orElse(null)).bind(property);
    }
}
