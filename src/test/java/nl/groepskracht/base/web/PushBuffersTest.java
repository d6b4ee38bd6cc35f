package nl.groepskracht.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The push WebSocket's buffers as the real Tomcat and Atmosphere of the portal make them for every push connection:
 * Tomcat's WebSocket buffers (read, write, encoding, and the default whole-message buffers, all one size read when
 * Tomcat loads its WebSocket classes) and what Atmosphere sets on each connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushBuffersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void tomcat_makes_every_websocket_buffer_small() {
        ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());

        // the container's defaults are Tomcat's one buffer size: what it read when its WebSocket classes loaded
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(PushBuffers.SIZE);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(PushBuffers.SIZE);
    }

    @Test
    void atmosphere_gives_every_push_connection_small_buffers() throws Exception {
        // the portal's servlet (and with it Vaadin's service) starts at the first request
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());

        List<AtmosphereFramework> frameworks = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).toList();
        assertThat(frameworks).isNotEmpty();
        for (AtmosphereFramework framework : frameworks) {
            AtmosphereConfig config = framework.getAtmosphereConfig();
            // what JSR356Endpoint and WebSocket read for each new connection
            assertThat(config.getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo("1024");
            assertThat(config.getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE)).isEqualTo("1024");
            assertThat(config.getInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE)).isEqualTo("1024");
        }
    }
}
