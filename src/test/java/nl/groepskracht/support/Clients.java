package nl.groepskracht.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests from a client address of their own, so the public pages' per-client rate limit never mixes tests. */
public final class Clients {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private Clients() {
    }

    public static RequestPostProcessor fresh() {
        int n = NEXT.getAndIncrement();
        String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
