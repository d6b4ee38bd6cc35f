package nl.groepskracht.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.groepskracht.mail.OutboxDispatcher;

/** The SMTP sink of the proof (GreenMail): every mail the portals send, by recipient and by outbox id. */
final class Mailbox implements AutoCloseable {

    private final GreenMail server;
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();
    private final Map<String, Integer> byOutboxId = new ConcurrentHashMap<>();
    /** The Message-IDs already read: GreenMail lists mails per recipient, not in order of arrival. */
    private final Set<String> seen = new HashSet<>();

    Mailbox(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /**
     * Reads what arrived since the last look. GreenMail gives all mails grouped by recipient, so a mail that
     * arrives later can stand before ones already read: each is known by its Message-ID (a mail sent twice is
     * sent twice, each time with an ID of its own), not by its place in the list. Counting by place had printed
     * "997 lost, 1003 received twice" of 2 050 mails sent and 2 056 received.
     */
    synchronized void index() {
        for (MimeMessage mail : server.getReceivedMessages()) {
            try {
                if (!seen.add(mail.getMessageID())) {
                    continue;
                }
                String to = mail.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase();
                texts.computeIfAbsent(to, k -> new ArrayList<>()).add(GreenMailUtil.getBody(mail));
                if (to.endsWith("@storm.example")) {
                    byOutboxId.merge(mail.getHeader(OutboxDispatcher.OUTBOX_ID_HEADER, "none"), 1, Integer::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits for the first mail to the address that holds the text; empty when none came in time. */
    Optional<String> await(String address, String containing, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            index();
            Optional<String> found = List.copyOf(texts.getOrDefault(address, List.of())).stream()
                    .filter(t -> t.contains(containing)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Received mails to storm addresses, per outbox id (the header the portal's outbox sets). */
    synchronized Map<String, Integer> received() {
        index();
        return Map.copyOf(byOutboxId);
    }

    @Override
    public void close() {
        server.stop();
    }
}
