package nl.groepskracht.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.groepskracht.security.SignedInSession;
import org.springframework.stereotype.Component;

/**
 * Signed in with a password an administrator made (a new account, or a password they reset), a
 * professional sees only the change-password page until they have chosen their own: every other page
 * they open forwards there. Signing out still works.
 */
@Component
class FirstPasswordGate implements VaadinServiceInitListener {

    private final SignedInSession session;

    FirstPasswordGate(SignedInSession session) {
        this.session = session;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && session.mustChoosePassword()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
