package nl.groepskracht.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The push WebSocket's upgrade, as Chromium sends it (offering per-message compression), through the real
 * Tomcat: the connection opens, without the compression that would cost each open tab a deflater.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushWithoutCompressionTest {

    @LocalServerPort
    int port;

    @Test
    void the_push_websocket_opens_without_per_message_compression() throws Exception {
        List<String> answer = upgrade("/VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket");

        assertThat(answer.getFirst()).startsWith("HTTP/1.1 101");
        assertThat(answer).anyMatch(line -> line.toLowerCase().startsWith("sec-websocket-accept:"));
        assertThat(answer).noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions:"));
    }

    /** The status line and headers of the answer to a WebSocket upgrade request. */
    private List<String> upgrade(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "Origin: http://127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
