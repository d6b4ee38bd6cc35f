package nl.groepskracht.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * Views that show one thing by id: a malformed or unknown id shows the not-found page, a thing
 * the signed-in user may not see the access-denied page (never an error page or the data).
 */
public final class RouteParameters {

    private RouteParameters() {
    }

    public static void showById(BeforeEnterEvent event, String parameter, LongConsumer show) {
        try {
            show.accept(Long.parseLong(event.getRouteParameters().get(parameter).orElse("")));
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
