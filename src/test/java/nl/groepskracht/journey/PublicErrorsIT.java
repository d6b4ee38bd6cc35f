package nl.groepskracht.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * Unknown ids and malformed parameters on the public pages are the visitor's mistake: a plain
 * 404/400 page without an error code, and no stack trace in the log (checked after every journey).
 */
class PublicErrorsIT extends PortalJourney {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void odd_addresses_get_a_plain_page_and_log_no_error() throws Exception {
        assertThat(get("/aanbod?pagina=2147483647").statusCode()).isEqualTo(200);
        assertThat(get("/aanbod?pagina=-5").statusCode()).isEqualTo(200);
        var unknown = get("/aanbod/99999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Pagina niet gevonden").doesNotContain("Foutcode");
        var malformed = get("/aanbod?wijk=x");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Dit adres klopt niet").doesNotContain("Foutcode", "Exception");
        assertThat(get("/aanbod/99999999999999999999").statusCode()).isBetween(400, 404);
        assertThat(get("/aanmelding/onzin").statusCode()).isEqualTo(200);
        assertThat(get("/calendar/onzin.ics").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal().url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
