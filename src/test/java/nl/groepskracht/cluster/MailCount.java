package nl.groepskracht.cluster;

import java.util.Map;
import java.util.Set;

/**
 * Mails to storm addresses: what the outbox queued beside what the SMTP sink received, each mail known by its
 * outbox id (the header the outbox sets), so two different mails to one address with one subject are two mails
 * and only a mail received more than once counts as received twice.
 */
record MailCount(int queued, int sent, int failed, int pending, int received, int lost, int duplicates) {

    static MailCount of(Map<String, Set<String>> outbox, Map<String, Integer> receivedById) {
        Set<String> sent = outbox.getOrDefault("SENT", Set.of());
        int lost = (int) sent.stream().filter(id -> !receivedById.containsKey(id)).count();
        int duplicates = receivedById.values().stream().mapToInt(n -> n - 1).sum();
        return new MailCount(outbox.values().stream().mapToInt(Set::size).sum(), sent.size(),
                outbox.getOrDefault("FAILED", Set.of()).size(),
                outbox.getOrDefault("PENDING", Set.of()).size() + outbox.getOrDefault("SENDING", Set.of()).size(),
                receivedById.values().stream().mapToInt(Integer::intValue).sum(), lost, duplicates);
    }

    @Override
    public String toString() {
        return String.format("%d queued, %d sent, %d received, %d lost, %d received twice, %d failed (interrupted while"
                + " sending, left to the administrator), %d still waiting", queued, sent, received, lost, duplicates,
                failed, pending);
    }
}
