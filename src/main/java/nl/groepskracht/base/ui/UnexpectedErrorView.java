package nl.groepskracht.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.groepskracht.base.ErrorIds;

/**
 * An error while opening a view: the person sees a calm message with an id they can quote; the
 * log has the same id with the stack trace.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, TranslatedTitle {

    private final Paragraph reference = new Paragraph();

    public UnexpectedErrorView() {
        addClassName("gk-page");
        reference.setId("error-id");
        add(new H1(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.text")), reference,
                new Anchor("", getTranslation("error.back-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorIds.logUnexpected(parameter.getCaughtException());
        reference.setText(getTranslation("error.reference", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String titleKey() {
        return "error.unexpected.title";
    }
}
