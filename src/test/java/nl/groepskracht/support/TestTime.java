package nl.groepskracht.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.groepskracht.base.AppZone;

/**
 * "Now" for the whole test run: the real time, or the local Amsterdam time given as
 * {@code -Dgroepskracht.test.now=2026-11-24T23:30} (to prove the suite passes at any hour). Spring
 * tests' clocks, and the packaged portal of the browser journeys, start there.
 */
public final class TestTime {

    public static final String PROPERTY = "groepskracht.test.now";
    private static final Instant START = start();

    private TestTime() {
    }

    public static Instant start() {
        if (START != null) {
            return START;
        }
        String configured = System.getProperty(PROPERTY, "");
        return configured.isBlank() ? Instant.now()
                : LocalDateTime.parse(configured.strip()).atZone(AppZone.ID).toInstant();
    }

    /** The configured start as the portal's {@code groepskracht.clock.start}, or empty for the real time. */
    public static String configured() {
        return System.getProperty(PROPERTY, "").strip();
    }

    public static LocalDate startDate() {
        return LocalDate.ofInstant(start(), AppZone.ID);
    }
}
