package nl.groepskracht.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A wrk-like load generator: {@code connections} keep-alive HTTP/1.1 connections to one loopback port,
 * each sending the next GET as soon as the previous answer is read (Content-Length or chunked). The
 * same client loads the portal and nginx, so their figures compare. Bounded in time; loopback only.
 */
final class LoadClient {

    record Result(int requests, double seconds, long[] sortedNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(int p) {
            return sortedNanos.length == 0 ? 0 : sortedNanos[Math.min(sortedNanos.length - 1,
                    sortedNanos.length * p / 100)] / 1e6;
        }

        String describe() {
            return String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms", perSecond(), percentileMillis(50),
                    percentileMillis(99));
        }
    }

    private LoadClient() {
    }

    /** Warms up for {@code warmUp}, then counts what {@code connections} connections get done in {@code measure}. */
    static Result run(int port, String path, int connections, Duration warmUp, Duration measure) throws Exception {
        return run(port, path, connections, warmUp, measure, () -> { });
    }

    /** As {@link #run(int, String, int, Duration, Duration)}, calling {@code measuring} between warm-up and measure. */
    static Result run(int port, String path, int connections, Duration warmUp, Duration measure, Runnable measuring)
            throws Exception {
        load(port, path, connections, warmUp);
        measuring.run();
        return load(port, path, connections, measure);
    }

    private static Result load(int port, String path, int connections, Duration time) throws Exception {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUser-Agent: gk-bench\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[connections];
        Exception[] failure = new Exception[1];
        for (int c = 0; c < connections; c++) {
            int index = c;
            long[][] own = {new long[1024]};
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    // a server may end a keep-alive connection after so many requests (Tomcat: 100): open another
                    while (!stop.get()) {
                        try (Socket socket = new Socket("127.0.0.1", port)) {
                            socket.setTcpNoDelay(true);
                            socket.setSoTimeout(30_000);
                            OutputStream out = socket.getOutputStream();
                            InputStream in = new BufferedInputStream(socket.getInputStream(), 65_536);
                            boolean open = true;
                            while (open && !stop.get()) {
                                long start = System.nanoTime();
                                out.write(request);
                                out.flush();
                                Response response = readResponse(in);
                                if (response.status() != 200) {
                                    throw new IllegalStateException(path + " answered " + response.status());
                                }
                                if (counts[index] == own[0].length) {
                                    own[0] = Arrays.copyOf(own[0], own[0].length * 2);
                                }
                                own[0][counts[index]++] = System.nanoTime() - start;
                                open = !response.closes();
                            }
                        }
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(own[0], counts[index]));
                }
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(time.toMillis());
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failure[0] != null) {
            throw failure[0];
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length, seconds, all);
    }

    private record Response(int status, boolean closes) {
    }

    /** Reads one response: its status and whether the server closes the connection after it; the body is dropped. */
    private static Response readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Long.parseLong(line(in).split(";")[0].strip(), 16)) {
                in.skipNBytes(size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            in.skipNBytes(length);
        }
        return new Response(status, closes);
    }

    private static String line(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
