package nl.groepskracht.signup.web;

import java.util.Locale;
import nl.groepskracht.signup.ParentData;
import nl.groepskracht.signup.ParentDataService;
import nl.groepskracht.signup.PersonalPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mijn aanmeldingen" behind the personal link in every e-mail; a wrong or old link shows a neutral
 * page that offers a fresh link. Signing off asks once more.
 */
@Controller
class MyRegistrationsController {

    private final PersonalPage page;
    private final ParentDataService parentData;

    MyRegistrationsController(PersonalPage page, ParentDataService parentData) {
        this.page = page;
        this.parentData = parentData;
    }

    @GetMapping("/mijn/{token}")
    String mine(@PathVariable String token, Model model) {
        model.addAttribute("registrations", page.mine(token));
        model.addAttribute("token", token);
        return "signup/mijn";
    }

    /** Asking for a fresh link: the same answer whether or not the address is known. */
    @GetMapping("/mijn")
    String askLink() {
        return "signup/mijn-link";
    }

    @PostMapping("/mijn")
    String sendLink(@RequestParam(required = false) String email) {
        page.mailFreshLink(email);
        return "redirect:/mijn?verstuurd";
    }

    @GetMapping(value = "/mijn/{token}/gegevens.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ParentData> download(@PathVariable String token, Locale locale) {
        return parentData.export(token, locale)
                .map(data -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"groepskracht-gegevens.json\"")
                        .cacheControl(CacheControl.noStore()).body(data))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/mijn/{token}/verwijderen")
    String delete(@PathVariable String token) {
        parentData.delete(token);
        return "redirect:/mijn/verwijderd";
    }

    @GetMapping("/mijn/verwijderd")
    String deleted() {
        return "signup/verwijderd";
    }

    @PostMapping("/mijn/{token}/{registrationId:\\d+}/sessies/{sessionId:\\d+}/afmelden")
    String excuse(@PathVariable String token, @PathVariable long registrationId, @PathVariable long sessionId) {
        page.excuse(token, registrationId, sessionId);
        return "redirect:/mijn/" + token;
    }

    /** "Afmelden voor deze groep" first asks: are you sure, and what happens then. */
    @GetMapping("/mijn/{token}/{registrationId:\\d+}/annuleren")
    String askCancel(@PathVariable String token, @PathVariable long registrationId, Model model) {
        var registration = page.mine(token).stream().filter(r -> r.id() == registrationId && r.cancellable())
                .findFirst();
        if (registration.isEmpty()) {
            return "redirect:/mijn/" + token;
        }
        model.addAttribute("registration", registration.get());
        model.addAttribute("token", token);
        return "signup/afmelden";
    }

    @PostMapping("/mijn/{token}/{registrationId:\\d+}/annuleren")
    String cancel(@PathVariable String token, @PathVariable long registrationId) {
        page.cancel(token, registrationId);
        return "redirect:/mijn/" + token + "?afgemeld";
    }
}
