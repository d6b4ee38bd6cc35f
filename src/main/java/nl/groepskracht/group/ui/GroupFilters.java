package nl.groepskracht.group.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupStatus;

/** Filters of the group list: wijk, theme, status and the period the group meets in. */
class GroupFilters extends FlexLayout {

    private final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("group.wijk"));
    private final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("group.theme"));
    private final Select<GroupStatus> status = new Select<>();
    private final DatePicker from = new DatePicker(getTranslation("group.filter.from"));
    private final DatePicker to = new DatePicker(getTranslation("group.filter.to"));

    GroupFilters(List<ThemeItem> themes, List<WijkItem> wijken, Runnable onChange) {
        addClassName("gk-filters");
        setFlexWrap(FlexWrap.WRAP);
        wijk.setItems(wijken);
        wijk.setItemLabelGenerator(WijkItem::name);
        wijk.setClearButtonVisible(true);
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeItem::name);
        theme.setClearButtonVisible(true);
        status.setLabel(getTranslation("group.status"));
        status.setItems(GroupStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("group.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("group.filter.any")
                : getTranslation("group.status." + s.name()));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        wijk.setId("filter-wijk");
        theme.setId("filter-theme");
        status.setId("filter-status");
        List.of(wijk, theme).forEach(box -> box.addValueChangeListener(e -> onChange.run()));
        status.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        add(wijk, theme, status, from, to);
    }

    GroupFilter value() {
        return new GroupFilter(wijk.getValue() == null ? null : wijk.getValue().id(),
                theme.getValue() == null ? null : theme.getValue().id(), status.getValue(), from.getValue(),
                to.getValue());
    }
}
