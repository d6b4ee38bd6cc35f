package nl.groepskracht.signup.web;

import nl.groepskracht.signup.SignupService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in the confirmation e-mail. Opening it (as mail scanners do) only shows a page; the
 * parent confirms with the button, a POST. The page after it shows the dates, the address and a
 * link to "Mijn aanmeldingen".
 */
@Controller
class ConfirmController {

    private final SignupService signups;

    ConfirmController(SignupService signups) {
        this.signups = signups;
    }

    @GetMapping("/aanmelding/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String mijn, Model model) {
        model.addAttribute("pending", signups.pending(token).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("mine", mijn != null && mijn.matches("[A-Za-z0-9_-]{43}") ? mijn : null);
        return "signup/bevestigen";
    }

    @PostMapping("/aanmelding/{token}")
    String confirm(@PathVariable String token) {
        signups.confirm(token);
        return signups.personalLinkAfterConfirming(token).map(mine -> "redirect:/aanmelding/" + token + "?mijn=" + mine)
                .orElse("redirect:/aanmelding/" + token);
    }
}
