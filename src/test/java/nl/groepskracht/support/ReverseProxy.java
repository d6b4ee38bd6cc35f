package nl.groepskracht.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx in front of the running portal, configured with the server block the README gives
 * under "Server push" (not a copy of it: the block is read from README.md, so the test proves what the
 * README tells an administrator), plus a Content-Security-Policy header as the portal's pages get it.
 * For the test only: it listens on a free loopback port, passes the Host with its port, and runs in the
 * foreground as one process, ended by {@link #close()}.
 */
public final class ReverseProxy implements AutoCloseable {

    private static final Pattern README_BLOCK = Pattern.compile("## Server push.*?```nginx\\n(.*?)```", Pattern.DOTALL);

    private final Process nginx;
    private final int port;

    private ReverseProxy(Process nginx, int port) {
        this.nginx = nginx;
        this.port = port;
    }

    /**
     * The README's proxy in front of the portal at {@code portalPort}; {@code websocketUpgrade} false
     * leaves out the two lines that let the WebSocket upgrade through (an older or stricter proxy).
     */
    public static ReverseProxy readmeProxy(int portalPort, boolean websocketUpgrade, String contentSecurityPolicy) {
        try {
            int port = freePort();
            Path dir = Files.createDirectories(Path.of("target", "it", "nginx-" + port).toAbsolutePath());
            Files.writeString(dir.resolve("nginx.conf"), config(dir, port, portalPort, websocketUpgrade,
                    contentSecurityPolicy));
            Process process = new ProcessBuilder(nginx(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            var proxy = new ReverseProxy(process, port);
            proxy.awaitListening(dir);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String config(Path dir, int port, int portalPort, boolean websocketUpgrade, String csp) throws IOException {
        Matcher block = README_BLOCK.matcher(Files.readString(Path.of("README.md")));
        if (!block.find()) {
            throw new IllegalStateException("README.md has no nginx block under 'Server push'");
        }
        String server = block.group(1)
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + port + ";")
                .replaceAll("proxy_pass http://[^;]+;", "proxy_pass http://127.0.0.1:" + portalPort + ";")
                // the test proxy is not on port 443: the portal's redirects need the port the browser used
                .replace("Host $host;", "Host $http_host;")
                .replace("location / {", "location / {\n        add_header Content-Security-Policy \"" + csp + "\" always;");
        if (!websocketUpgrade) {
            // without the map block and the two header lines that pass the upgrade on
            server = server.replaceAll("(?s)map \\$http_upgrade \\$connection_upgrade \\{.*?\\}\n", "").lines()
                    .filter(line -> !line.contains("$http_upgrade") && !line.contains("$connection_upgrade;"))
                    .reduce("", (a, b) -> a + b + "\n");
        }
        String d = dir.toString();
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(d, server);
    }

    private void awaitListening(Path dir) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("nginx.out"))
                        + Files.readString(dir.resolve("error.log")));
            }
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    private static String nginx() {
        return java.util.stream.Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "Debian nginx is not installed (apt-get install nginx; .ci/run does)"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        nginx.destroy();
        try {
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
