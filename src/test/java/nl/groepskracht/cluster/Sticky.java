package nl.groepskracht.cluster;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Where nginx sent one portal session's requests, and where it sent public pages (from its access log). */
final class Sticky {

    private Sticky() {
    }

    static String check(String base, Path accessLog) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient professional = HttpClient.newBuilder().cookieHandler(cookies)
                .localAddress(InetAddress.getByName("127.0.250.1")).build();
        for (int i = 0; i < 10; i++) {
            professional.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("none");
        HttpClient parent = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.250.2")).build();
        for (int i = 0; i < 10; i++) {
            parent.send(HttpRequest.newBuilder(URI.create(base + "/aanbod")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(1000);
        var lines = Files.readAllLines(accessLog);
        return String.format("session %s: its requests went to %s; public pages went to %s",
                session.substring(session.lastIndexOf('.') + 1), upstreams(lines, "127.0.250.1 "),
                upstreams(lines, "127.0.250.2 "));
    }

    private static Map<String, Long> upstreams(java.util.List<String> lines, String client) {
        return lines.stream().filter(l -> l.contains(" " + client)).map(l -> l.replaceAll(".* up=(\\S+).*", "$1"))
                .collect(Collectors.groupingBy(u -> u, TreeMap::new, Collectors.counting()));
    }
}
