package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.evaluation.ReportLogos;

/**
 * The administrator puts the organisation's logo on the report: upload (checked by its content on the
 * server), see it, remove it. A refused file is said in words and nothing changes.
 */
class ReportLogoPanel extends Div {

    private final ReportLogos logos;
    private final Div current = new Div();

    ReportLogoPanel(ReportLogos logos) {
        this.logos = logos;
        setId("report-logo-panel");
        current.setId("report-logo-current");
        var upload = new Upload(this::receive);
        upload.setId("report-logo-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("report.logo.drop", ReportLogos.MAX_KB)));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        add(new H2(getTranslation("report.logo")), new Paragraph(getTranslation("report.logo.intro",
                ReportLogos.MAX_KB)), current, upload);
        show();
    }

    /** Runs on the upload request, outside the UI lock: the result goes back through {@code access}. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        try {
            logos.upload(event.getFileSize(), event.getInputStream());
            ui.access(() -> {
                Toasts.success(getTranslation("report.logo.saved"));
                show();
            });
        } catch (FieldValidationException refused) {
            String message = ui.getTranslation(refused.messageKey(), refused.args());
            event.reject(message);
            ui.access(() -> error(message));
        }
    }

    private void show() {
        current.removeAll();
        logos.current().ifPresentOrElse(logo -> {
            var image = new Image(logo.dataUri(), getTranslation("report.logo.alt.plain"));
            image.setMaxHeight("4rem");
            var remove = new Button(getTranslation("report.logo.remove"), e -> {
                logos.remove();
                Toasts.success(getTranslation("report.logo.removed"));
                show();
            });
            remove.setId("report-logo-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            current.add(image, remove);
        }, () -> current.add(new Paragraph(getTranslation("report.logo.none"))));
    }

    private void error(String message) {
        Toasts.error(message).setId("report-logo-error");
    }
}
