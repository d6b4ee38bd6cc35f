package nl.groepskracht.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the project's cluster scripts (cluster/*.sh) as an operator would, and fails when one fails. */
public final class Scripts {

    private static final Path DIR = Path.of("cluster").toAbsolutePath();

    private Scripts() {
    }

    /** Runs {@code cluster/<script> args...}, waits at most the given minutes, returns what it printed. */
    public static String run(int minutes, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", DIR.resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // read while it runs: a full pipe would block the script
            var output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " " + String.join(" ", args) + " took over " + minutes
                        + " minutes");
            }
            reader.join(5000);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", args) + " failed ("
                        + process.exitValue() + "):\n" + output);
            }
            return output.toString().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #run} but a failure is only printed: for clean-up, which must go on. */
    public static void quietly(int minutes, String script, String... args) {
        try {
            run(minutes, script, args);
        } catch (RuntimeException e) {
            System.out.println("CLUSTER clean-up: " + e.getMessage());
        }
    }
}
