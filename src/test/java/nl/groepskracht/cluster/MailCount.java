package nl.groepskracht.cluster;

import java.util.HashMap;
import java.util.Map;

/** Mails to storm addresses: what the outbox queued beside what the SMTP sink received. */
record MailCount(int queued, int sent, int failed, int pending, int received, int lost, int duplicates) {

    static MailCount of(Map<String, Map<String, Integer>> outbox, Map<String, Integer> receivedByKey) {
        Map<String, Integer> all = new HashMap<>();
        outbox.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
        Map<String, Integer> sent = outbox.getOrDefault("SENT", Map.of());
        Map<String, Integer> received = new HashMap<>();
        receivedByKey.forEach((k, v) -> {
            if (k.contains("@storm.example|")) {
                received.put(k, v);
            }
        });
        int lost = sent.entrySet().stream().mapToInt(e -> Math.max(0, e.getValue() - received.getOrDefault(e.getKey(),
                0))).sum();
        int duplicates = received.entrySet().stream().mapToInt(e -> Math.max(0, e.getValue() - all.getOrDefault(
                e.getKey(), 0))).sum();
        return new MailCount(sum(all), sum(sent), sum(outbox.getOrDefault("FAILED", Map.of())),
                sum(outbox.getOrDefault("PENDING", Map.of())) + sum(outbox.getOrDefault("SENDING", Map.of())),
                sum(received), lost, duplicates);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return String.format("%d queued, %d sent, %d received, %d lost, %d received twice, %d failed (interrupted while"
                + " sending, left to the administrator), %d still waiting", queued, sent, received, lost, duplicates,
                failed, pending);
    }
}
