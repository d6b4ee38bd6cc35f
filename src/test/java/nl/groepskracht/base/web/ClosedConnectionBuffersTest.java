package nl.groepskracht.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The real Tomcat of the portal keeps no channels (and their buffers) of closed connections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClosedConnectionBuffersTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void tomcat_keeps_no_channel_of_a_closed_connection() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();

        assertThat(server.getTomcat().getConnector().getProperty(ClosedConnectionBuffers.CHANNEL_CACHE)).hasToString("0");
    }
}
