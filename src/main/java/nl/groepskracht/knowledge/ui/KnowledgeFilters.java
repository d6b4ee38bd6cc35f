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

/** The search words and the filters; every change runs the search again (not while a search is put in). */
class KnowledgeFilters extends Div {

    private final List<ThemeItem> themes;
    private final List<WijkItem> wijken;
    private boolean putting;

    final TextField query = new TextField();
    final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("knowledge.theme"));
    final Select<KnowledgeKind> kind = new Select<>();
    final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("knowledge.wijk"));
    final Checkbox otherWijken = new Checkbox(getTranslation("knowledge.filter.other-wijken"));
    final TextField tags = new TextField(getTranslation("knowledge.tags"));

    KnowledgeFilters(List<ThemeItem> themes, List<WijkItem> wijken, Runnable onChange) {
        this.themes = themes;
        this.wijken = wijken;
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
        Runnable changed = () -> {
            if (!putting) {
                onChange.run();
            }
        };
        query.addValueChangeListener(e -> changed.run());
        theme.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
        wijk.addValueChangeListener(e -> changed.run());
        otherWijken.addValueChangeListener(e -> changed.run());
        tags.addValueChangeListener(e -> changed.run());
        add(query, theme, kind, wijk, tags, otherWijken);
    }

    SearchFilter value() {
        return new SearchFilter(query.getValue(), theme.getValue() == null ? null : theme.getValue().id(),
                kind.getValue(), wijk.getValue() == null ? null : wijk.getValue().id(), otherWijken.getValue(),
                Tags.parse(tags.getValue()));
    }

    /** Shows a search (from the address) in the fields, without running it once per field. */
    void put(SearchFilter filter) {
        putting = true;
        try {
            query.setValue(filter.hasText() ? filter.text() : "");
            theme.setValue(themes.stream().filter(t -> Long.valueOf(t.id()).equals(filter.themeId())).findFirst()
                    .orElse(null));
            kind.setValue(filter.kind());
            wijk.setValue(wijken.stream().filter(w -> Long.valueOf(w.id()).equals(filter.wijkId())).findFirst()
                    .orElse(null));
            otherWijken.setValue(filter.otherWijken());
            tags.setValue(String.join(", ", filter.tags().stream().sorted().toList()));
        } finally {
            putting = false;
        }
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
