package nl.groepskracht.signup.web;

import nl.groepskracht.signup.SignupService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Mijn aanmeldingen" behind the personal link in every e-mail; a wrong link shows a neutral page. */
@Controller
class MyRegistrationsController {

    private final SignupService signups;

    MyRegistrationsController(SignupService signups) {
        this.signups = signups;
    }

    @GetMapping("/mijn/{token}")
    String mine(@PathVariable String token, Model model) {
        model.addAttribute("registrations", signups.mine(token));
        model.addAttribute("token", token);
        return "signup/mijn";
    }

    @PostMapping("/mijn/{token}/{registrationId:\\d+}/annuleren")
    String cancel(@PathVariable String token, @PathVariable long registrationId) {
        signups.cancel(token, registrationId);
        return "redirect:/mijn/" + token;
    }
}
