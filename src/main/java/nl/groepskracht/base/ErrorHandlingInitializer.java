package nl.groepskracht.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
                var note = Notification.show(ui.getTranslation("error.unexpected.notification", id), 8000,
                        Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
