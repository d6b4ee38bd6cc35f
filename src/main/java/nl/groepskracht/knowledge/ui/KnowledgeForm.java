package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.group.GroupSummary;
import nl.groepskracht.knowledge.KnowledgeDraft;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.knowledge.Markdown;
import nl.groepskracht.knowledge.Tags;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.base.ui.FormBinder;

/**
 * The fields of an item and a live preview of the Markdown text as readers will see it (sanitised
 * the same way). A new item of a chosen kind starts from that kind's template.
 */
class KnowledgeForm extends Div {

    final TextField title = new TextField(getTranslation("knowledge.title"));
    final TextArea summary = new TextArea(getTranslation("knowledge.summary"));
    final Select<KnowledgeKind> kind = new Select<>();
    final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("knowledge.theme"));
    final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("knowledge.wijk"));
    final ComboBox<GroupSummary> group = new ComboBox<>(getTranslation("knowledge.group"));
    final TextField tags = new TextField(getTranslation("knowledge.tags"));
    final TextField licenceNote = new TextField(getTranslation("knowledge.licence"));
    final TextArea body = new TextArea(getTranslation("knowledge.body"));
    private final Div preview = new Div();
    final FormBinder<KnowledgeDraft> binder = new FormBinder<>(KnowledgeDraft.class);

    KnowledgeForm(List<ThemeItem> themes, List<WijkItem> wijken, List<GroupSummary> groups) {
        setWidthFull();
        setIds();
        // @NotBlank does not show the required mark by itself
        title.setRequiredIndicatorVisible(true);
        summary.setRequiredIndicatorVisible(true);
        summary.setHelperText(getTranslation("knowledge.summary.help"));
        kind.setLabel(getTranslation("knowledge.kind"));
        kind.setItems(KnowledgeKind.values());
        kind.setItemLabelGenerator(KnowledgeLabels::kind);
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeItem::name);
        wijk.setItems(wijken);
        wijk.setItemLabelGenerator(WijkItem::name);
        wijk.setClearButtonVisible(true);
        wijk.setHelperText(getTranslation("knowledge.wijk.help"));
        group.setItems(groups);
        group.setItemLabelGenerator(GroupSummary::name);
        group.setClearButtonVisible(true);
        tags.setHelperText(getTranslation("knowledge.tags.help"));
        licenceNote.setHelperText(getTranslation("knowledge.licence.help"));
        body.setHelperText(getTranslation("knowledge.body.help"));
        body.setMinHeight("20rem");
        // every change reaches the server in order, before a click on Opslaan: with LAZY a text typed or pasted
        // less than 400 ms before the click was not yet there, and the save kept the text as it was before
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.addValueChangeListener(e -> preview.getElement().setProperty("innerHTML",
                Markdown.toSafeHtml(e.getValue())));
        kind.addValueChangeListener(e -> startFromTemplate(e.getOldValue(), e.getValue()));
        preview.addClassName("gk-kb-body");
        var previewBox = new Div(new H2(getTranslation("knowledge.preview")), preview);
        previewBox.addClassName("gk-kb-preview");
        var facts = new FormLayout(title, kind, theme, wijk, group, tags, licenceNote, summary);
        facts.setColspan(summary, 2);
        var text = new Div(body, previewBox);
        text.addClassName("gk-kb-editor");
        body.setWidthFull();
        add(facts, text);
        bind(themes, wijken, groups);
    }

    /** A kind's template replaces the text only while it is empty or still another kind's template. */
    private void startFromTemplate(KnowledgeKind before, KnowledgeKind now) {
        String current = body.getValue().strip();
        boolean untouched = current.isEmpty()
                || (before != null && current.equals(template(before).strip()));
        if (now != null && untouched) {
            body.setValue(template(now));
        }
    }

    String template(KnowledgeKind kind) {
        return getTranslation("knowledge.template." + kind.name());
    }

    /** Shows a rule the service refused at its field (or as a notification when no field fits). */
    void showRefusal(FieldValidationException refused) {
        String message = getTranslation(refused.messageKey(), refused.args());
        binder.getBinding(refused.field()).map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .ifPresentOrElse(field -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }, () -> Toasts.error(message));
    }

    private void bind(List<ThemeItem> themes, List<WijkItem> wijken, List<GroupSummary> groups) {
        binder.forField(theme).withConverter(t -> t == null ? null : t.id(),
                id -> themes.stream().filter(t -> id != null && t.id() == id).findFirst().orElse(null))
                .bind("themeId");
        binder.forField(wijk).withConverter(w -> w == null ? null : w.id(),
                id -> wijken.stream().filter(w -> id != null && w.id() == id).findFirst().orElse(null))
                .bind("wijkId");
        binder.forField(group).withConverter(g -> g == null ? null : g.id(),
                id -> groups.stream().filter(g -> id != null && g.id() == id).findFirst().orElse(null))
                .bind("groupId");
        binder.forField(tags).withConverter(Tags::parse, Tags::format).bind("tags");
        binder.bindInstanceFields(this);
    }

    private void setIds() {
        title.setId("item-title");
        summary.setId("item-summary");
        kind.setId("item-kind");
        theme.setId("item-theme");
        wijk.setId("item-wijk");
        group.setId("item-group");
        tags.setId("item-tags");
        licenceNote.setId("item-licence");
        body.setId("item-body-editor");
        preview.setId("item-preview");
    }
}
