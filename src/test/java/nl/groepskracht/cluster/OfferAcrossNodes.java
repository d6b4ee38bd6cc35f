package nl.groepskracht.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change on one portal node seen on the other: each node keeps the public pages in its own cache
 * (PublicOfferCache), emptied at once on the node that made the change and after at most its 10 s TTL on the
 * others. One parent takes a place on node A (directly, not through nginx); node B's group page is read until
 * it shows the same number of free places.
 */
final class OfferAcrossNodes {

    private static final Pattern PLACES = Pattern.compile("Nog \\d+ plaats(en)? vrij|Geen plaatsen meer vrij|Vol: wachtlijst");

    private OfferAcrossNodes() {
    }

    static String measure(PortalNode a, PortalNode b, long group, Function<String, Optional<String>> mailTo, String run)
            throws Exception {
        String before = places(b, group);
        ParentStorm one = new ParentStorm("http://" + a.address(), List.of(group), mailTo, run + "c");
        one.run(1, 1, 1, new AtomicBoolean(true), Duration.ofMinutes(5));
        if (one.confirmed.isEmpty()) {
            return "the parent signing up on " + a.route + " was not confirmed";
        }
        String onA = places(a, group);
        long start = System.nanoTime();
        String onB = places(b, group);
        while (!onB.equals(onA) && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(250);
            onB = places(b, group);
        }
        return String.format("group %d showed '%s'; a place taken on %s: %s showed '%s' at once, %s showed '%s' %.1f s"
                + " later (offer cache TTL 10 s)", group, before, a.route, a.route, onA, b.route, onB,
                (System.nanoTime() - start) / 1e9);
    }

    private static String places(PortalNode node, long group) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + node.address()
                + "/aanbod/" + group)).header("Accept-Language", "nl").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = PLACES.matcher(page);
        return m.find() ? m.group() : "(no places shown)";
    }
}
