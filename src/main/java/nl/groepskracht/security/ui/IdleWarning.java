package nl.groepskracht.security.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import nl.groepskracht.security.SessionPolicy;

/**
 * On every page of a signed-in professional: typing, tapping and scrolling are reported to the server
 * (at most once a minute), and a minute before the session would end the page warns — "Bent u er
 * nog?" with a button to stay, or, at the end of the session's lifetime, to save now. At the end the
 * page goes to the login page, which says that what was not saved was not kept. The browser only sets
 * the timers; whether and when the session ends is decided on the server's clock.
 */
@Tag("gk-idle-warning")
public class IdleWarning extends com.vaadin.flow.component.Component {

    private final SessionPolicy policy;
    private Dialog warning;

    public IdleWarning(SessionPolicy policy) {
        this.policy = policy;
        setId("idle-warning");
        getElement().executeJs("""
                const watch = this;
                let reported = 0;
                const report = () => {
                  if (Date.now() - reported > $0) { reported = Date.now(); watch.$server.active(); }
                };
                ['keydown', 'pointerdown', 'wheel', 'touchstart'].forEach(
                    type => document.addEventListener(type, report, {capture: true, passive: true}));
                watch.gkCheckIn = ms => { clearTimeout(watch.gkTimer); watch.gkTimer = setTimeout(
                    () => watch.$server.check(), ms); };""", policy.reportActivityEvery().toMillis());
        scheduleCheck();
    }

    /** The professional typed, tapped or scrolled: the session goes on (unless it had ended already). */
    @ClientCallable
    public void active() {
        if (policy.ending(session()).isPresent()) {
            end();
        } else {
            policy.active(session());
        }
    }

    /** The page's timer: warn, end, or set the timer again (another tab may have been used meanwhile). */
    @ClientCallable
    public void check() {
        var ending = policy.ending(session());
        if (ending.isPresent()) {
            end();
            return;
        }
        SessionPolicy.Left left = policy.left(session());
        if (left.time().compareTo(policy.warnBefore()) <= 0) {
            warn(left.ending());
            checkIn(left.time().plusSeconds(1));
        } else {
            closeWarning();
            scheduleCheck();
        }
    }

    private void scheduleCheck() {
        checkIn(policy.left(session()).time().minus(policy.warnBefore()));
    }

    private void checkIn(Duration after) {
        getElement().executeJs("this.gkCheckIn($0)", Math.max(1000, after.toMillis()));
    }

    private void warn(SessionPolicy.Ending ending) {
        if (warning != null) {
            return;
        }
        boolean idle = ending == SessionPolicy.Ending.IDLE;
        warning = new Dialog();
        warning.setId("idle-warning-dialog");
        warning.setHeaderTitle(getTranslation(idle ? "session.warning.title" : "session.lifetime.title"));
        warning.add(new Paragraph(getTranslation(idle ? "session.warning.text" : "session.lifetime.text")));
        var stay = new Button(getTranslation(idle ? "session.warning.stay" : "session.lifetime.ok"), e -> {
            if (idle) {
                active();
            }
            closeWarning();
            if (idle) {
                scheduleCheck();
            }
        });
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.setId("stay-signed-in");
        warning.getFooter().add(stay);
        warning.setCloseOnOutsideClick(false);
        warning.open();
    }

    private void closeWarning() {
        if (warning != null) {
            warning.close();
            warning = null;
        }
    }

    private void end() {
        var ending = policy.ending(session()).orElse(SessionPolicy.Ending.IDLE);
        UI.getCurrent().getPage().setLocation("login?timeout"
                + (ending == SessionPolicy.Ending.LIFETIME ? "&lifetime" : ""));
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private static HttpSession session() {
        return ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }
}
