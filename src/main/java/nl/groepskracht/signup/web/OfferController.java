package nl.groepskracht.signup.web;

import nl.groepskracht.directory.DirectoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public offer for parents: plain server-rendered HTML, no JavaScript, no session. For now it
 * introduces the themes; the sign-up issue adds the open groups and their forms.
 */
@Controller
class OfferController {

    private final DirectoryService directory;

    OfferController(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping("/aanbod")
    String offer(Model model) {
        model.addAttribute("themes", directory.allThemes());
        return "signup/aanbod";
    }
}
