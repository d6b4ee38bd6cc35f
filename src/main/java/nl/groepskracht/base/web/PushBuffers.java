package nl.groepskracht.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * The push WebSocket of every open portal tab keeps small buffers for what the browser sends over it. Tomcat
 * keeps, for each open WebSocket, a buffer for an incoming text message and one for a binary message, as large
 * as the session's maximum; Vaadin has Atmosphere set both to 16 384 on every push connection (32 KB of chars
 * and 16 KB of bytes per open tab, all day). Our push runs as {@code WEBSOCKET_XHR} ({@code base.ui.PushConnection}):
 * clicks travel as ordinary requests, so the browser sends nothing over the WebSocket but Atmosphere's few
 * bytes. What the server pushes does not pass these buffers, so a large push still arrives whole (README:
 * "Server push").
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    /** Chars for a text message, bytes for a binary one, from the browser over the push WebSocket. */
    static final int INCOMING_MESSAGE_BUFFER = 1024;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        String size = String.valueOf(INCOMING_MESSAGE_BUFFER);
        if (context.getAttribute(JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName()))
                instanceof AtmosphereFramework atmosphere) {
            // read by Atmosphere for every new push connection, which sets them on the WebSocket session
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, size);
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, size);
        }
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            // what Tomcat allocates when it opens a WebSocket, before Atmosphere sets its own sizes
            container.setDefaultMaxTextMessageBufferSize(INCOMING_MESSAGE_BUFFER);
            container.setDefaultMaxBinaryMessageBufferSize(INCOMING_MESSAGE_BUFFER);
        }
    }
}
