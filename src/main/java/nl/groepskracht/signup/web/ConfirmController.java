package nl.groepskracht.signup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.groepskracht.signup.ConfirmedNow;
import nl.groepskracht.signup.SignupService;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link in the confirmation e-mail. Opening it (as mail scanners do) only shows a page; the
 * parent confirms with the button, a POST. The answer shows the dates, the address and a link to
 * "Mijn aanmeldingen".
 */
@Controller
class ConfirmController {

    private final SignupService signups;

    ConfirmController(SignupService signups) {
        this.signups = signups;
    }

    @GetMapping("/aanmelding/{token}")
    String show(@PathVariable String token, Model model) {
        model.addAttribute("pending", signups.pending(token).orElse(null));
        model.addAttribute("token", token);
        return "signup/bevestigen";
    }

    /**
     * The answer to the button: the outcome with a link to "Mijn aanmeldingen" made for this moment (not
     * put in an address, so it stays out of history and logs). A second click redirects to the page,
     * which shows the outcome without a new link.
     */
    @PostMapping("/aanmelding/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<ConfirmedNow> confirmed = signups.confirmWithPersonalLink(token);
        if (confirmed.isEmpty()) {
            return "redirect:/aanmelding/" + token;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("mine", confirmed.get().personalToken());
        // what confirming read already (before the group's lock): the page reads nothing again
        model.addAttribute("pending", confirmed.get().page());
        model.addAttribute("token", token);
        return "signup/bevestigen";
    }
}
