package nl.groepskracht.signup.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What search engines may index: the offer for parents (so a parent who searches for "echtscheiding
 * ouders Overvecht" finds it), never the professionals' portal nor a parent's personal link
 * (confirmation, "mijn aanmeldingen", evaluation).
 */
@Controller
class RobotsController {

    static final String ROBOTS = """
            User-agent: *
            Allow: /aanbod
            Disallow: /
            """;

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return ROBOTS;
    }
}
