package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.knowledge.CommentInfo;
import nl.groepskracht.knowledge.KnowledgeComments;
import nl.groepskracht.base.ui.CharacterCounter;
import nl.groepskracht.base.ui.OnceButton;
import nl.groepskracht.base.SubmissionKey;

/** Questions and remarks under an item, oldest first, and a field to add one. */
class CommentsPanel extends Div {

    private final KnowledgeComments comments;
    private final long itemId;
    private final Div thread = new Div();
    private final TextArea text = new TextArea(getTranslation("knowledge.comment.new"));
    /** The comment being written; a new one after each comment sent. */
    private SubmissionKey submission = SubmissionKey.fresh();

    CommentsPanel(long itemId, KnowledgeComments comments) {
        this.comments = comments;
        this.itemId = itemId;
        setWidthFull();
        thread.setId("comments");
        text.setId("comment-text");
        text.setWidthFull();
        text.getStyle().set("max-width", "48rem");
        text.setHelperText(getTranslation("knowledge.comment.help"));
        CharacterCounter.attach(text, KnowledgeComments.MAX);
        var send = new OnceButton(getTranslation("knowledge.comment.send"), this::send);
        send.setId("comment-send");
        add(new H2(getTranslation("knowledge.comments")), thread, text, send);
        showThread();
    }

    private void send() {
        try {
            comments.add(itemId, text.getValue(), submission);
            submission = SubmissionKey.fresh();
            text.clear();
            text.setInvalid(false);
            showThread();
        } catch (FieldValidationException refused) {
            text.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            text.setInvalid(true);
        }
    }

    private void showThread() {
        thread.removeAll();
        java.util.List<CommentInfo> all = comments.comments(itemId);
        for (CommentInfo comment : all) {
            var who = new Span(getTranslation("knowledge.comment.by", comment.authorName(),
                    KnowledgeLabels.dateTime(comment.createdAt())));
            who.addClassName("gk-kb-meta");
            var line = new Div(who, new Div(comment.text()));
            line.addClassName("gk-kb-comment");
            thread.add(line);
        }
        if (all.isEmpty()) {
            thread.add(new Span(getTranslation("knowledge.comments.none")));
        }
    }
}
