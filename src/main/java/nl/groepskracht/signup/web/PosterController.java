package nl.groepskracht.signup.web;

import java.time.Duration;
import java.util.Locale;
import nl.groepskracht.base.qr.QrCodes;
import nl.groepskracht.signup.OfferCard;
import nl.groepskracht.signup.OfferService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An open group's page for sharing: a printable A4 poster with its dates and a QR code to the
 * sign-up page, and the QR code alone as SVG (for a flyer, a newsletter, a partner's website). Both
 * are public, like the sign-up page they point to; a group that is not open has neither.
 */
@Controller
class PosterController {

    private final OfferService offer;
    private final MessageSource messages;
    private final String publicUrl;

    PosterController(OfferService offer, MessageSource messages, @Value("${groepskracht.public-url}") String publicUrl) {
        this.offer = offer;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/aanbod/{id:\\d+}/poster")
    String poster(@PathVariable long id, Model model) {
        OfferCard card = card(id);
        model.addAttribute("card", card);
        model.addAttribute("url", url(card));
        return "signup/poster";
    }

    @GetMapping(value = "/aanbod/{id:\\d+}/qr.svg")
    ResponseEntity<String> qr(@PathVariable long id, Locale locale) {
        OfferCard card = card(id);
        String title = messages.getMessage("poster.qr.alt", new Object[] {card.group().name()}, locale);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .varyBy(HttpHeaders.COOKIE, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("aanmelden-groep-" + id + ".svg").build().toString())
                .body(QrCodes.svg(url(card), title));
    }

    private String url(OfferCard card) {
        return publicUrl + "/aanbod/" + card.group().id();
    }

    private OfferCard card(long id) {
        return offer.card(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
