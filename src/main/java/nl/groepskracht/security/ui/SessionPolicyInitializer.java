package nl.groepskracht.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.groepskracht.security.SessionPolicy;
import nl.groepskracht.security.SignedInSession;
import org.springframework.stereotype.Component;

/**
 * Every page of a signed-in professional gets the {@link IdleWarning}. A click after the session
 * ended (a laptop that slept) meets Vaadin's "session expired", which goes straight to the login
 * page that says why and that what was not saved was not kept.
 */
@Component
class SessionPolicyInitializer implements VaadinServiceInitListener {

    private final SessionPolicy policy;
    private final SignedInSession session;

    SessionPolicyInitializer(SessionPolicy policy, SignedInSession session) {
        this.policy = policy;
        this.session = session;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var expired = new CustomizedSystemMessages();
        expired.setSessionExpiredNotificationEnabled(false);
        expired.setSessionExpiredURL("login?timeout");
        event.getSource().setSystemMessagesProvider(info -> expired);
        event.getSource().addUIInitListener(init -> {
            if (session.signedInCompletely()) {
                init.getUI().add(new IdleWarning(policy));
            }
        });
    }
}
