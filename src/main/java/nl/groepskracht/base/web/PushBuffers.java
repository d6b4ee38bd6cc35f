package nl.groepskracht.base.web;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The push WebSocket of every open portal tab keeps small buffers, all day. Tomcat gives each WebSocket a buffer
 * for what it reads, one for what it writes and one to encode text into (8 192 bytes or chars each), and buffers
 * for a whole incoming text and binary message as large as the session's maximum, which Vaadin has Atmosphere set
 * to 16 384 on every push connection; Atmosphere itself keeps two more of 16 384 (bytes and chars) that it never
 * uses: about 100 KB of heap per open tab (measured with a heap dump, 2026-12-07). Our push runs as {@code WEBSOCKET_XHR}
 * ({@code base.ui.PushConnection}): clicks travel as ordinary requests, so the browser sends nothing over the
 * WebSocket but Atmosphere's few bytes, and a push larger than the write buffer goes out in several frames of
 * one message, which the browser joins (README: "Server push").
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    /** Bytes or chars of each WebSocket buffer, and the largest message the browser may send over it. */
    static final int SIZE = 1024;

    /** Tomcat's size of every WebSocket buffer, read once when its WebSocket classes load. */
    static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    /** Set when the web server is made, before Tomcat starts and loads its WebSocket classes; a given value stays. */
    @Bean
    static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> webSocketBufferSize() {
        return factory -> {
            if (System.getProperty(TOMCAT_BUFFER_SIZE) == null) {
                System.setProperty(TOMCAT_BUFFER_SIZE, String.valueOf(SIZE));
            }
        };
    }

    /**
     * Atmosphere reads these for every push connection it opens and sets them on the WebSocket session; Vaadin
     * put 16 384 on the framework before the service starts, so they are replaced on the framework itself.
     */
    @Bean
    VaadinServiceInitListener atmosphereMessageSizes() {
        return event -> {
            if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null
                    && service.getServlet().getServletContext().getAttribute(JSR356WebsocketInitializer
                            .getAttributeName(service.getServlet().getServletName())) instanceof AtmosphereFramework atmosphere) {
                // two buffers of this size per connection (16 384 bytes and chars from Vaadin), which Atmosphere
                // 3.0.5 allocates and only clears when the connection closes
                atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(SIZE));
                atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, String.valueOf(SIZE));
                atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, String.valueOf(SIZE));
            }
        };
    }
}
