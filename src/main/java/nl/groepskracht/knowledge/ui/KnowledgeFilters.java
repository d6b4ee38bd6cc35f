package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.knowledge.SearchFilter;
import nl.groepskracht.knowledge.Tags;

/** The search words and the filters; every change runs the search again. */
class KnowledgeFilters extends Div {

    final TextField query = new TextField();
    final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("knowledge.theme"));
    final Select<KnowledgeKind> kind = new Select<>();
    final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("knowledge.wijk"));
    final Checkbox otherWijken = new Checkbox(getTranslation("knowledge.filter.other-wijken"));
    final TextField tags = new TextField(getTranslation("knowledge.tags"));

    KnowledgeFilters(List<ThemeItem> themes, List<WijkItem> wijken, Runnable onChange) {
        addClassName("gk-kb-filters");
        query.setPlaceholder(getTranslation("knowledge.search.placeholder"));
        query.setAriaLabel(getTranslation("knowledge.search"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(350);
        query.addClassName("gk-kb-query");
        query.setId("knowledge-query");
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeItem::name);
        theme.setClearButtonVisible(true);
        theme.setId("filter-theme");
        kind.setLabel(getTranslation("knowledge.kind"));
        kind.setItems(KnowledgeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("knowledge.filter.any-kind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("knowledge.filter.any-kind")
                : KnowledgeLabels.kind(k));
        kind.setId("filter-kind");
        wijk.setItems(wijken);
        wijk.setItemLabelGenerator(WijkItem::name);
        wijk.setClearButtonVisible(true);
        wijk.setId("filter-wijk");
        otherWijken.setId("filter-other-wijken");
        tags.setClearButtonVisible(true);
        tags.setValueChangeMode(ValueChangeMode.ON_BLUR);
        tags.setHelperText(getTranslation("knowledge.tags.help"));
        tags.setId("filter-tags");
        query.addValueChangeListener(e -> onChange.run());
        theme.addValueChangeListener(e -> onChange.run());
        kind.addValueChangeListener(e -> onChange.run());
        wijk.addValueChangeListener(e -> onChange.run());
        otherWijken.addValueChangeListener(e -> onChange.run());
        tags.addValueChangeListener(e -> onChange.run());
        add(query, theme, kind, wijk, tags, otherWijken);
    }

    SearchFilter value() {
        return new SearchFilter(query.getValue(), theme.getValue() == null ? null : theme.getValue().id(),
                kind.getValue(), wijk.getValue() == null ? null : wijk.getValue().id(), otherWijken.getValue(),
                Tags.parse(tags.getValue()));
    }

    /** Clears one filter by the name {@link SearchFilter#activeFilters()} gives it. */
    void clear(String filter) {
        switch (filter) {
            case "theme" -> theme.clear();
            case "kind" -> kind.clear();
            case "wijk" -> wijk.clear();
            case "other-wijken" -> otherWijken.clear();
            case "tags" -> tags.clear();
            default -> throw new IllegalArgumentException(filter);
        }
    }
}
