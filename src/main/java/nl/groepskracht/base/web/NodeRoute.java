package nl.groepskracht.base.web;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several portal nodes behind a load balancer: each names itself ({@code groepskracht.cluster.node-route},
 * e.g. {@code node1}) and Tomcat appends that name to every session id ({@code JSESSIONID=….node1}). The
 * load balancer reads it and sends the session's requests to the node that holds the session: a Vaadin
 * UI lives in that node's memory. The name is no secret and carries nothing about the person.
 */
@Configuration
@ConditionalOnProperty("groepskracht.cluster.node-route")
class NodeRoute {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> jvmRoute(
            @Value("${groepskracht.cluster.node-route}") String route) {
        if (!route.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("groepskracht.cluster.node-route must be letters, digits, - or _");
        }
        // the engine is known once the context sits in its host, before the session manager starts
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (org.apache.catalina.Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        }));
    }
}
