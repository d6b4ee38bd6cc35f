package nl.groepskracht.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of README's {@code run-fast.sh} ({@code groepskracht.training-run=true}): once the portal is
 * ready it asks itself for what a first visitor asks for (the offer, the login page) and exits, so the JDK's
 * ahead-of-time cache written at exit holds the classes of a whole start and of those first pages, not only
 * those of the context's refresh.
 */
@Component
@ConditionalOnBooleanProperty("groepskracht.training-run")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener(ApplicationReadyEvent.class)
    void askFirstPagesAndExit(ApplicationReadyEvent ready) {
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port");
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String page : List.of("/aanbod", "/login")) {
                int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                log.info("Training run: {} answered {}", page, status);
            }
        } catch (IOException e) {
            log.warn("Training run: the first pages did not answer ({})", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
