package nl.groepskracht.signup.web;

import nl.groepskracht.signup.SignupService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link in the confirmation e-mail. Opening it (as mail scanners do) only shows a page; the
 * parent confirms with the button, a POST.
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

    @PostMapping("/aanmelding/{token}")
    String confirm(@PathVariable String token) {
        signups.confirm(token);
        return "redirect:/aanmelding/" + token;
    }
}
