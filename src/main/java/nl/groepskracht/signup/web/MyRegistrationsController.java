package nl.groepskracht.signup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import nl.groepskracht.signup.ComingSession;
import nl.groepskracht.signup.MyRegistration;
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
 * page that offers a fresh link. Signing off and deleting one's data ask once more; "ik kan deze keer
 * niet" says it worked and can be taken back until the session starts. Everything kept about the parent
 * reads as a page (to print or save) and downloads as a file.
 */
@Controller
class MyRegistrationsController {

    private static final String SESSIONS = "/sessies/{sessionId:\\d+}";
    private final PersonalPage page;
    private final ParentDataService parentData;

    MyRegistrationsController(PersonalPage page, ParentDataService parentData) {
        this.page = page;
        this.parentData = parentData;
    }

    /** The notices name what just happened, and only when the parent's own action did it (see the redirects). */
    @GetMapping("/mijn/{token}")
    String mine(@PathVariable String token, @RequestParam(name = "niet-komen", required = false) Long excused,
            @RequestParam(name = "toch", required = false) Long comingAfterAll,
            @RequestParam(name = "afgemeld", required = false) String cancelled, Model model) {
        List<MyRegistration> registrations = page.mine(token);
        model.addAttribute("registrations", registrations);
        model.addAttribute("token", token);
        model.addAttribute("cancelledJustNow", cancelled != null && !registrations.isEmpty());
        session(registrations, excused, ComingSession::excusedByParent)
                .ifPresent(s -> model.addAttribute("excusedJustNow", s));
        session(registrations, comingAfterAll, s -> !s.excused()).ifPresent(s -> model.addAttribute("comingAfterAll", s));
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

    /** Everything kept about the parent as a page to read, print or save. */
    @GetMapping("/mijn/{token}/gegevens")
    String data(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        Optional<ParentData> data = parentData.export(token, locale);
        if (data.isEmpty()) {
            return "redirect:/mijn/" + token;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("data", data.get());
        model.addAttribute("token", token);
        return "signup/gegevens";
    }

    /** The same as a file, for another program or to keep. */
    @GetMapping(value = "/mijn/{token}/gegevens.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ParentData> download(@PathVariable String token, Locale locale) {
        return parentData.export(token, locale)
                .map(data -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"groepskracht-gegevens.json\"")
                        .cacheControl(CacheControl.noStore()).body(data))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** "Verwijder mijn gegevens" first asks: are you sure, and which groups you leave. */
    @GetMapping("/mijn/{token}/verwijderen")
    String askDelete(@PathVariable String token, Model model) {
        List<MyRegistration> registrations = page.mine(token);
        if (registrations.isEmpty()) {
            return "redirect:/mijn/" + token;
        }
        model.addAttribute("active", registrations.stream().filter(MyRegistration::cancellable).toList());
        model.addAttribute("token", token);
        return "signup/verwijderen";
    }

    @PostMapping("/mijn/{token}/verwijderen")
    String delete(@PathVariable String token) {
        return parentData.delete(token) ? "redirect:/mijn/verwijderd" : "redirect:/mijn/" + token;
    }

    @GetMapping("/mijn/verwijderd")
    String deleted() {
        return "signup/verwijderd";
    }

    @PostMapping("/mijn/{token}/{registrationId:\\d+}" + SESSIONS + "/afmelden")
    String excuse(@PathVariable String token, @PathVariable long registrationId, @PathVariable long sessionId) {
        return page.excuse(token, registrationId, sessionId) ? toSession(token, "niet-komen", sessionId)
                : "redirect:/mijn/" + token;
    }

    @PostMapping("/mijn/{token}/{registrationId:\\d+}" + SESSIONS + "/toch-komen")
    String comeAfterAll(@PathVariable String token, @PathVariable long registrationId, @PathVariable long sessionId) {
        return page.withdrawExcuse(token, registrationId, sessionId) ? toSession(token, "toch", sessionId)
                : "redirect:/mijn/" + token;
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
        return page.cancel(token, registrationId) ? "redirect:/mijn/" + token + "?afgemeld"
                : "redirect:/mijn/" + token;
    }

    private static String toSession(String token, String what, long sessionId) {
        return "redirect:/mijn/" + token + "?" + what + "=" + sessionId + "#sessie-" + sessionId;
    }

    private static Optional<ComingSession> session(List<MyRegistration> registrations, Long sessionId,
            Predicate<ComingSession> state) {
        return sessionId == null ? Optional.empty() : registrations.stream().flatMap(r -> r.coming().stream())
                .filter(s -> s.sessionId() == sessionId && state.test(s)).findFirst();
    }
}
