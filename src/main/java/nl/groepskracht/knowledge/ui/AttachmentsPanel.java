package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import nl.groepskracht.base.i18n.ComponentTexts;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.knowledge.AttachmentInfo;
import nl.groepskracht.knowledge.ItemDetails;
import nl.groepskracht.knowledge.KnowledgeAttachments;
import nl.groepskracht.base.ui.Toasts;

/**
 * The item's files, each a download link with its original name, the licence note above them, and
 * (for those who may change the item) an upload. The server decides what is accepted; a refusal
 * shows why.
 */
class AttachmentsPanel extends Div {

    private final KnowledgeAttachments attachments;
    private final long itemId;
    private final Runnable onAdded;

    AttachmentsPanel(ItemDetails item, KnowledgeAttachments attachments, Runnable onAdded) {
        this.attachments = attachments;
        this.itemId = item.id();
        this.onAdded = onAdded;
        setWidthFull();
        add(new H2(getTranslation("knowledge.attachments")));
        if (item.licenceNote() != null) {
            var licence = new Paragraph(getTranslation("knowledge.licence.shown", item.licenceNote()));
            licence.addClassName("gk-kb-licence");
            licence.setId("licence-note");
            add(licence);
        }
        var list = new Div();
        list.setId("attachments");
        for (AttachmentInfo file : item.attachments()) {
            var link = new Anchor(new AttachmentDownload(attachments, file.id()), file.fileName());
            link.setId("attachment-" + file.id());
            list.add(new Div(link, new Span(" (" + size(file.sizeBytes()) + ")")));
        }
        if (item.attachments().isEmpty()) {
            list.add(new Paragraph(getTranslation("knowledge.attachments.none")));
        }
        add(list);
        if (item.editable()) {
            add(upload());
        }
    }

    private Upload upload() {
        var upload = new Upload(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxBytes()));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".odt", ".pptx", ".png", ".jpg", ".jpeg");
        upload.setId("attachment-upload");
        upload.setDropLabel(new Span(getTranslation("knowledge.attachments.drop",
                attachments.maxBytes() / (1024 * 1024))));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        // the panel is rebuilt after every upload, after the navigation that translated the page
        ComponentTexts.apply(upload);
        return upload;
    }

    /** Runs on the upload request, outside the UI lock: the result goes back through {@code access}. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        try {
            attachments.add(itemId, event.getFileName(), event.getFileSize(), event.getInputStream());
            tellIfStillThere(ui, () -> {
                Toasts.success(ui.getTranslation("knowledge.attachments.added", event.getFileName()));
                onAdded.run();
            });
        } catch (FieldValidationException refused) {
            String message = ui.getTranslation(refused.messageKey(), refused.args());
            event.reject(message);
            tellIfStillThere(ui, () -> error(message));
        }
    }

    /**
     * Shows the outcome on the page, unless the person left it while the file was arriving: leaving is not
     * an error (the file is stored, or refused, all the same).
     */
    static void tellIfStillThere(UI ui, Command show) {
        try {
            ui.access(show);
        } catch (UIDetachedException left) {
            // the page was closed before its upload finished: there is nobody to tell
        }
    }

    private void error(String message) {
        Toasts.error(message).setId("attachment-error");
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? getTranslation("knowledge.size.kb", Math.max(1, bytes / 1024))
                : getTranslation("knowledge.size.mb", Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }
}
