package nl.groepskracht.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parents signing up and confirming through nginx, each from an address of their own on loopback
 * (127.0.x.y, so the per-client limits count per parent): open the group's page, send the form, wait
 * for the e-mail, open its link, press "Bevestig". A request that fails is tried again after two
 * seconds (as a person would), at most five times; every request is recorded with its moment and outcome.
 */
final class ParentStorm {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CONFIRM_LINK = Pattern.compile("/aanmelding/([A-Za-z0-9_-]{43})");

    /** One HTTP request of the storm. */
    record Request(long atMillis, String what, boolean failed) {
    }

    private final String base;
    private final List<Long> groups;
    private final Function<String, Optional<String>> mailTo;
    final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();
    final AtomicInteger gaveUp = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private final String run;

    /** {@code mailTo} waits for the confirmation mail to an address and returns its text. */
    ParentStorm(String base, List<Long> groups, Function<String, Optional<String>> mailTo, String run) {
        this.base = base;
        this.groups = groups;
        this.mailTo = mailTo;
        this.run = run;
    }

    /**
     * Runs parents with {@code clients} at once until {@code minimum} have started and {@code until} is set,
     * at most {@code maximum}; returns the seconds it took.
     */
    double run(int clients, int minimum, int maximum, AtomicBoolean until, Duration limit) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        for (int w = 0; w < clients; w++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < maximum && System.nanoTime() < deadline
                        && (i < minimum || !until.get()); i = next.getAndIncrement()) {
                    parent(i);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(limit.toMinutes() + 5, TimeUnit.MINUTES);
        return (System.nanoTime() - start) / 1e9;
    }

    int started() {
        return Math.min(next.get(), accepted.size() + gaveUp.get());
    }

    String address(int i) {
        return "ouder" + i + "." + run + "@storm.example";
    }

    private void parent(int i) {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .localAddress(InetAddress.getByName("127.0." + (1 + i / 250) + "." + (1 + i % 250)))
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
            long group = groups.get(i % groups.size());
            String email = address(i);
            String form = "name=Ouder+" + i + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&language=nl&consent=true&_consent=on";
            if (!attempt("sign-up", () -> post(client, "/aanbod/" + group, form, false))) {
                gaveUp.incrementAndGet();
                return;
            }
            accepted.add(email);
            Optional<String> mail = mailTo.apply(email);
            if (mail.isEmpty()) {
                return;
            }
            Matcher link = CONFIRM_LINK.matcher(mail.get());
            if (link.find() && attempt("confirm", () -> post(client, "/aanmelding/" + link.group(1), "", true))) {
                confirmed.add(email);
            }
        } catch (IOException | InterruptedException e) {
            gaveUp.incrementAndGet();
        }
    }

    interface Step {
        boolean send() throws IOException, InterruptedException;
    }

    private boolean attempt(String what, Step step) throws InterruptedException {
        for (int tries = 0; tries < 6; tries++) {
            boolean ok;
            try {
                ok = step.send();
            } catch (IOException e) {
                ok = false;
            }
            requests.add(new Request(System.currentTimeMillis(), what, !ok));
            if (ok) {
                return true;
            }
            Thread.sleep(2000);
        }
        return false;
    }

    /**
     * GET the page for its form token, then POST the form; true when the answer is a redirect (PRG), or for the
     * confirmation ({@code outcomePage}) also the page with the outcome that answers the button, and a page
     * without the button (an earlier try had confirmed it, its answer lost).
     */
    private boolean post(HttpClient client, String path, String form, boolean outcomePage)
            throws IOException, InterruptedException {
        var page = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200) {
            return false;
        }
        if (!csrf.find()) {
            return outcomePage;
        }
        String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                + (form.isEmpty() ? "" : "&" + form);
        int status = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        return status == 302 || status == 303 || outcomePage && status == 200;
    }
}
