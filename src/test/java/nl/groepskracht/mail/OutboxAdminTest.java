package nl.groepskracht.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the administrator may see of a mail: never a parent's secret link. */
class OutboxAdminTest {

    @Test
    void secret_links_in_mail_content_are_masked_and_ordinary_links_stay() {
        String token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
        String text = "Bevestig: https://groepen.example/aanmelding/" + token + "\nMijn aanmeldingen: "
                + "https://groepen.example/mijn/" + token + "\nAanbod: https://groepen.example/aanbod/12";
        String masked = OutboxAdmin.mask(text);
        assertThat(masked).doesNotContain(token).contains("/aanmelding/\u2022\u2022\u2022", "/mijn/\u2022\u2022\u2022",
                "/aanbod/12");
    }

    @Test
    void an_error_text_keeps_no_address() {
        String described = MailErrors.describe(new jakarta.mail.SendFailedException(
                "550 5.1.1 <anna.jansen@example.nl>: Recipient address rejected"));
        assertThat(described).doesNotContain("anna.jansen", "example.nl").contains("550", "[adres]");
    }
}
