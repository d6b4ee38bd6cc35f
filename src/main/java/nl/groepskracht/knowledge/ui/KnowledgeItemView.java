package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.knowledge.ItemDetails;
import nl.groepskracht.knowledge.KnowledgeAttachments;
import nl.groepskracht.knowledge.KnowledgeComments;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.knowledge.Tags;

/** One item to read: text, attachments (with its licence note), and the comment thread. */
@Route("kennis/:itemId(\\d+)")
@PermitAll
@StyleSheet("groepskracht/knowledge.css")
public class KnowledgeItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    private final KnowledgeAttachments attachments;
    private final KnowledgeComments comments;
    private final KnowledgeLabels labels;
    private String title = "";

    KnowledgeItemView(KnowledgeService knowledge, KnowledgeAttachments attachments, KnowledgeComments comments,
            KnowledgeLabels labels) {
        this.knowledge = knowledge;
        this.attachments = attachments;
        this.comments = comments;
        this.labels = labels;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "itemId", id -> show(knowledge.get(id)));
    }

    private void show(ItemDetails item) {
        removeAll();
        title = item.title();
        var header = new ViewHeader(item.title());
        if (item.editable()) {
            var edit = new Button(getTranslation("knowledge.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("kennis/" + item.id() + "/bewerken")));
            edit.setId("edit-item");
            header.add(edit);
        }
        var versions = new Anchor("kennis/" + item.id() + "/versies",
                getTranslation("knowledge.versions.link", item.revision()));
        versions.setId("versions-link");
        add(new Anchor("kennis", getTranslation("knowledge.back")), header, meta(item), versions);
        var summary = new Paragraph(item.summary());
        summary.getStyle().set("font-weight", "600");
        var body = new Div();
        body.addClassName("gk-kb-body");
        body.setId("item-body");
        body.getElement().setProperty("innerHTML", item.html());
        add(summary, body);
        if (!item.tags().isEmpty()) {
            add(new Span(getTranslation("knowledge.tags.shown", Tags.format(item.tags()))));
        }
        add(new AttachmentsPanel(item, attachments, () -> show(knowledge.get(item.id()))));
        add(new CommentsPanel(item.id(), comments));
    }

    private Span meta(ItemDetails item) {
        String wijk = item.wijkId() == null ? getTranslation("knowledge.all-wijken")
                : labels.wijken().get(item.wijkId());
        var meta = new Span(getTranslation("knowledge.meta", KnowledgeLabels.kind(item.kind()),
                labels.themes().get(item.themeId()), wijk, item.authorName(), KnowledgeLabels.date(item.updatedAt())));
        meta.addClassName("gk-kb-meta");
        meta.setId("item-meta");
        return meta;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
