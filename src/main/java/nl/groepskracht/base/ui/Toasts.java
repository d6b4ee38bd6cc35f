package nl.groepskracht.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Every short message of the portal ("Opgeslagen", a refusal, an undo). They appear at the bottom
 * on the right (end), never at the bottom left where the menu ends with "Uitloggen"; errors stay
 * longer. The only place that shows a Vaadin notification ({@code ArchitectureTest} checks).
 */
public final class Toasts {

    /** Bottom right: the drawer and its "Uitloggen" are on the left. */
    public static final Notification.Position POSITION = Notification.Position.BOTTOM_END;

    private Toasts() {
    }

    public static Notification saved() {
        return success(UI.getCurrent().getTranslation("notification.saved"));
    }

    public static Notification success(String text) {
        return show(text, 3000, NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification info(String text) {
        return show(text, 8000, null);
    }

    public static Notification error(String text) {
        return show(text, 8000, NotificationVariant.LUMO_ERROR);
    }

    /** A message with one action beside it ("Ongedaan maken"), open for ten seconds. */
    public static Notification withAction(String text, String actionText, String actionId, Runnable action) {
        var notification = new Notification();
        notification.setPosition(POSITION);
        notification.setDuration(10_000);
        var button = new Button(actionText, e -> {
            notification.close();
            action.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId(actionId);
        var content = new HorizontalLayout(new Span(text), button);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }

    private static Notification show(String text, int millis, NotificationVariant variant) {
        Notification notification = Notification.show(text, millis, POSITION);
        if (variant != null) {
            notification.addThemeVariants(variant);
        }
        return notification;
    }
}
