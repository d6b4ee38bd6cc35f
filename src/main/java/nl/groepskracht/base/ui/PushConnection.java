package nl.groepskracht.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ui.Transport;
import org.springframework.stereotype.Component;

/**
 * Server push (the application shell's {@code @Push}) over a WebSocket; where a proxy refuses the
 * upgrade, long polling after one more try. Vaadin's client tries a WebSocket twelve times, five
 * seconds apart: a minute in which the other tablet's ticks would not arrive (README: "Server push").
 */
@Component
class PushConnection implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var push = init.getUI().getPushConfiguration();
            push.setTransport(Transport.WEBSOCKET_XHR);
            push.setFallbackTransport(Transport.LONG_POLLING);
            push.setParameter("maxWebsocketErrorRetries", "1");
        });
    }
}
