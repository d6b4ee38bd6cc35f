package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the signed-in role may not open: it says so and shows no data. */
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, TranslatedTitle {

    public AccessDeniedView() {
        addClassName("gk-page");
        add(content(this));
    }

    /** Also shown when a service refuses (see {@link ServiceDeniedView}). */
    static Component[] content(Component in) {
        return new Component[] {new H1(in.getTranslation("error.denied.title")),
                new Paragraph(in.getTranslation("error.denied.text")),
                new Anchor("", in.getTranslation("error.back-home"))};
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String titleKey() {
        return "error.denied.title";
    }
}
