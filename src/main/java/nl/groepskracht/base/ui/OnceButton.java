package nl.groepskracht.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;

/**
 * The one button for actions that create, send or open a form ("Opslaan", "Versturen", "Plaats
 * geven", "Nieuwe groep"): the browser disables it at the first click, so a second tap never reaches
 * the server while the first is being handled (and never opens a second dialog); it is enabled again
 * once the action is done (a refused input can be corrected and saved). Behind it the services are
 * idempotent per submission ({@code base.Submissions}) for the retries that can still arrive.
 */
public class OnceButton extends Button {

    public OnceButton(String text, ComponentEventListener<ClickEvent<Button>> action) {
        this(text, null, action);
    }

    public OnceButton(String text, Component icon, ComponentEventListener<ClickEvent<Button>> action) {
        super(text, icon);
        setDisableOnClick(true);
        addClickListener(event -> {
            try {
                action.onComponentEvent(event);
            } finally {
                setEnabled(true);
            }
        });
    }

    public OnceButton(String text, Runnable action) {
        this(text, event -> action.run());
    }
}
