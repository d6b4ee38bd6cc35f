package nl.groepskracht.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in user (e.g. a facilitator opening another's group by URL): the
 * same access-denied page as for a forbidden route, never an error page with details.
 */
@PermitAll
public class ServiceDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, TranslatedTitle {

    public ServiceDeniedView() {
        addClassName("gk-page");
        add(AccessDeniedView.content(this));
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
