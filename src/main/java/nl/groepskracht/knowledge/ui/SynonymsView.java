package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.OnceButton;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.knowledge.KnowledgeSynonyms;
import nl.groepskracht.knowledge.SynonymGroupItem;

/**
 * The adviseur's list of words that mean the same here: the knowledge search looks for every word
 * of a group when one of them is typed. A change counts from the next search.
 */
@Route("kennis/zoekwoorden")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class SynonymsView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "kennis/zoekwoorden";
    private final KnowledgeSynonyms synonyms;
    private final Grid<SynonymGroupItem> grid = new Grid<>();

    SynonymsView(KnowledgeSynonyms synonyms) {
        this.synonyms = synonyms;
        addClassName("gk-page");
        setSizeFull();
        var add = new OnceButton(getTranslation("knowledge.synonyms.new"), VaadinIcon.PLUS.create(),
                e -> edit(null, new Words()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add");
        grid.addColumn(SynonymGroupItem::text).setHeader(getTranslation("knowledge.synonyms.words"));
        grid.setId("synonym-groups");
        grid.addItemClickListener(e -> edit(e.getItem().id(), new Words(e.getItem().text())));
        grid.setItems(synonyms.list());
        add(new Anchor(KnowledgeParameters.ROUTE, getTranslation("knowledge.back")),
                new ViewHeader(getTranslation("knowledge.synonyms.menu"), add),
                new Paragraph(getTranslation("knowledge.synonyms.intro")), grid);
        setFlexGrow(1, grid);
    }

    private void edit(Long id, Words words) {
        var text = new TextArea(getTranslation("knowledge.synonyms.words"));
        text.setId("words");
        text.setHelperText(getTranslation("knowledge.synonyms.words.help"));
        text.setWidthFull();
        var binder = new Binder<>(Words.class);
        binder.forField(text).bind("words");
        var dialog = new EditorDialog<>(getTranslation(id == null ? "knowledge.synonyms.new" : "knowledge.synonyms.edit"),
                text, binder, words, changed -> synonyms.save(id, changed.getWords()), this::reload);
        if (id != null) {
            var delete = new Button(getTranslation("knowledge.synonyms.delete"), e -> {
                synonyms.delete(id);
                dialog.close();
                reload();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete");
            dialog.addFooterAction(delete);
        }
        dialog.open();
    }

    private void reload() {
        grid.setItems(synonyms.list());
    }

    @Override
    public String titleKey() {
        return "knowledge.synonyms.menu";
    }

    /** The words of one group as the form edits them. */
    public static class Words {

        private String words = "";

        public Words() {
        }

        Words(String words) {
            this.words = words;
        }

        public String getWords() {
            return words;
        }

        public void setWords(String words) {
            this.words = words;
        }
    }
}
