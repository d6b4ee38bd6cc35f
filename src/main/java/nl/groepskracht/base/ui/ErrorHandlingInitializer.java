package nl.groepskracht.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.groepskracht.base.ErrorIds;
import org.springframework.stereotype.Component;

/**
 * An unexpected error during an action (a click, a save) shows a notification with an error id
 * instead of a stack trace; the log holds the details under the same id.
 */
@Component
class ErrorHandlingInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String id = ErrorIds.logUnexpected(error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Toasts.error(ui.getTranslation("error.unexpected.notification", id));
            }
        }));
    }
}
