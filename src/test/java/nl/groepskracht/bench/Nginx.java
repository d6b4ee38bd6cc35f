package nl.groepskracht.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Debian's nginx on a loopback port, serving given bytes at given paths: what a static server does on
 * this machine with the same pages, for comparison. Where nginx is not installed ({@link #installed()}) the
 * comparison is skipped with a message (CI installs it).
 */
final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Serves each path's bytes as {@code text/html; charset=utf-8}. */
    static Nginx serve(Map<String, byte[]> pages) throws Exception {
        Path dir = BenchPortal.dir("nginx");
        Files.createDirectories(dir.resolve("logs"));
        int port = freePort();
        StringBuilder locations = new StringBuilder();
        int n = 0;
        for (var page : pages.entrySet()) {
            Path file = dir.resolve("page-" + n++ + ".html");
            Files.write(file, page.getValue());
            locations.append("    location = ").append(page.getKey()).append(" { alias ").append(file).append("; }\n");
        }
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  default_type "text/html; charset=utf-8";
                  keepalive_requests 1000000;
                  server {
                    listen 127.0.0.1:%2$d;
                %3$s  }
                }
                """.formatted(dir, port, locations));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        var nginx = new Nginx(process, port);
        nginx.awaitListening();
        return nginx;
    }

    int port() {
        return port;
    }

    private void awaitListening() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx stopped; see target/bench/nginx/logs");
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    /** Whether Debian's nginx is installed here; says so when it is not. */
    static boolean installed() {
        if (!Files.isExecutable(BINARY)) {
            System.out.println("BENCH nginx: not installed at " + BINARY + ", the comparison is skipped"
                    + " (apt-get install nginx)");
            return false;
        }
        return true;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
