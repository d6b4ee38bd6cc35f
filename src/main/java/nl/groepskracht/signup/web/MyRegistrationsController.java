package nl.groepskracht.signup.web;

import nl.groepskracht.signup.ParentData;
import nl.groepskracht.signup.ParentDataService;
import nl.groepskracht.signup.SignupService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Mijn aanmeldingen" behind the personal link in every e-mail; a wrong link shows a neutral page. */
@Controller
class MyRegistrationsController {

    private final SignupService signups;
    private final ParentDataService parentData;

    MyRegistrationsController(SignupService signups, ParentDataService parentData) {
        this.signups = signups;
        this.parentData = parentData;
    }

    @GetMapping("/mijn/{token}")
    String mine(@PathVariable String token, Model model) {
        model.addAttribute("registrations", signups.mine(token));
        model.addAttribute("token", token);
        return "signup/mijn";
    }

    @GetMapping(value = "/mijn/{token}/gegevens.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ParentData> download(@PathVariable String token, java.util.Locale locale) {
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
        signups.excuse(token, registrationId, sessionId);
        return "redirect:/mijn/" + token;
    }

    @PostMapping("/mijn/{token}/{registrationId:\\d+}/annuleren")
    String cancel(@PathVariable String token, @PathVariable long registrationId) {
        signups.cancel(token, registrationId);
        return "redirect:/mijn/" + token;
    }
}
