package nl.groepskracht.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The proof's waits for the storm and the mails, each bounded, and its work directory made empty. */
final class Waits {

    private Waits() {
    }

    static void awaitAccepted(ParentStorm storm, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (storm.accepted.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    /** Waits until the storm got this many more answers (so the failure has met real traffic), at most 3 minutes. */
    static void awaitProgress(ParentStorm storm, int requests) throws InterruptedException {
        long target = storm.requests.stream().filter(r -> !r.failed()).count() + requests;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (storm.requests.stream().filter(r -> !r.failed()).count() < target && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    static void awaitDrained(ClusterFigures db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (db.unsentStormMails() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(3000); // the last SMTP hand-over and its "sent" commit
    }

    static void clean(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
