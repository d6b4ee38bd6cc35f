package nl.groepskracht.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Map;
import nl.groepskracht.security.SignInStep;
import nl.groepskracht.security.SignedInSession;

/**
 * Signed in as far as the password (or the organisation's sign-in), a professional sees only the page of
 * the step still to do — the code of their authenticator app, their own password instead of one an
 * administrator made, setting up the app — until it is done: every other view they open forwards there.
 * Signing out still works. (The security chain does the same for every other address: {@code SignInGate}.)
 */
@org.springframework.stereotype.Component
class SignInStepsGate implements VaadinServiceInitListener {

    private static final Map<SignInStep, Class<? extends Component>> VIEWS = Map.of(
            SignInStep.SECOND_FACTOR, SecondFactorView.class,
            SignInStep.OWN_PASSWORD, ChangePasswordView.class,
            SignInStep.ENROL_SECOND_FACTOR, SecondFactorSetupView.class);
    private final SignedInSession session;

    SignInStepsGate(SignedInSession session) {
        this.session = session;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> session.nextStep()
                .map(VIEWS::get)
                .filter(view -> enter.getNavigationTarget() != view)
                .ifPresent(enter::forwardTo)));
    }
}
