package nl.groepskracht.base.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat keeps the channel of every closed connection, with its read and write buffers (16 KB), to reuse for a
 * new one: as many as were ever open at once, all day (after 20 professionals had logged in one after another,
 * 42 channels, 670 KB). Browsers keep their connections open (keep-alive) and a new connection costs a TCP
 * handshake anyway, so the portal makes a new channel instead: the heap holds the buffers of open connections only.
 */
@Configuration(proxyBeanMethods = false)
class ClosedConnectionBuffers {

    /** Tomcat's cache of closed connections' channels: 0 keeps none. */
    static final String CHANNEL_CACHE = "socket.bufferPool";

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> noChannelCache() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty(CHANNEL_CACHE, "0"));
    }
}
