package nl.groepskracht.privacy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.privacy.AuditNames;
import nl.groepskracht.privacy.AuditQuery;
import nl.groepskracht.privacy.AuditSentences;

/**
 * What the privacy officer asks about: a person (who did it, or whose account it was about), a group
 * (named with its wijk and first day, searched by name), what was done, and a period. A last day before the
 * first is said at the field, and selects nothing until it is put right.
 */
class AuditFilters extends FlexLayout {

    final ComboBox<AuditNames.Person> person = new ComboBox<>(getTranslation("audit.filter.person"));
    final ComboBox<AuditNames.GroupLabel> group = new ComboBox<>(getTranslation("audit.filter.group"));
    final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>(getTranslation("audit.filter.action"));
    final DatePicker from = new DatePicker(getTranslation("audit.filter.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.filter.to"));

    AuditFilters(AuditLog audit, AuditSentences sentences, Runnable onChange) {
        addClassName("gk-filters");
        setFlexWrap(FlexWrap.WRAP);
        person.setId("filter-person");
        person.setItems(audit.people());
        person.setItemLabelGenerator(p -> getTranslation("audit.person", p.name(), p.email()));
        group.setId("filter-group");
        group.setItems(query -> audit.groups(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        group.setItemLabelGenerator(g -> sentences.group(g, getLocale()));
        actions.setId("filter-action");
        actions.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing((AuditAction a) -> label(a))).toList());
        actions.setItemLabelGenerator(this::label);
        from.setId("filter-from");
        to.setId("filter-to");
        for (var field : java.util.List.of(person, group)) {
            field.setClearButtonVisible(true);
        }
        person.addValueChangeListener(e -> onChange.run());
        group.addValueChangeListener(e -> onChange.run());
        actions.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> datesChanged(onChange));
        to.addValueChangeListener(e -> datesChanged(onChange));
        add(person, group, actions, from, to);
    }

    /** The selection; null while the period is reversed (the field says so). */
    AuditQuery value() {
        if (reversed()) {
            return null;
        }
        return new AuditQuery(person.getValue() == null ? null : person.getValue().id(),
                group.getValue() == null ? null : group.getValue().id(), actions.getValue(), from.getValue(),
                to.getValue());
    }

    private void datesChanged(Runnable onChange) {
        to.setInvalid(reversed());
        to.setErrorMessage(reversed() ? getTranslation("audit.filter.reversed") : null);
        onChange.run();
    }

    private boolean reversed() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        return first != null && last != null && last.isBefore(first);
    }

    private String label(AuditAction action) {
        return getTranslation("audit.action." + action.name());
    }
}
