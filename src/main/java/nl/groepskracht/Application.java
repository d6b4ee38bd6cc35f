package nl.groepskracht;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Groepskracht: the portal for professionals (Vaadin) and the public pages for parents (Spring MVC)
 * in one application. Styling is Lumo plus our own stylesheet served as a static resource, so no
 * frontend (Node) build is needed. Server push (WebSocket, falling back to long polling) brings one
 * facilitator's changes to the other's screen, e.g. the attendance sheet on two tablets (README:
 * "Server push").
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("groepskracht/groepskracht.css")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        if (Boolean.getBoolean("groepskracht.startup-recording")) {
            // each step of the start (bean creation, configuration, refresh) becomes a flight recorder event
            // (README, "Packaged jar": how to see where the seconds of a start go)
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        try {
            application.run(args);
        } catch (RuntimeException failed) {
            // Spring has logged why. The JVM would otherwise wait for ever: the embedded MariaDB's process
            // watcher is no daemon thread. Exiting runs the shutdown hooks, which stop that database.
            System.exit(1);
        }
    }
}
