package nl.groepskracht.base.limits;

import java.time.Duration;

/**
 * A limit such as "4 e-mails an hour per address": at most {@code max} events per key within a window
 * that starts with the first of them. The {@code scope} keeps limits on the same kind of key apart.
 */
public record RateLimit(String scope, int max, Duration window) {

    public RateLimit {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit allows at least one event in a positive window");
        }
    }
}
