package nl.groepskracht.signup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.i18n.ParentLanguages;
import nl.groepskracht.base.web.StaleForm;
import nl.groepskracht.signup.OfferCard;
import nl.groepskracht.signup.OfferService;
import nl.groepskracht.signup.ReferralLinks;
import nl.groepskracht.signup.SignupForm;
import nl.groepskracht.signup.SignupService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public offer and sign-up form for parents: plain HTML, no JavaScript, no session, and the
 * Post/Redirect/Get pattern after the form.
 */
@Controller
class OfferController {

    /** Far beyond any real offer; a larger page number is treated as the last possible one, not as an error. */
    private static final int MAX_PAGE = 10_000;
    private final OfferService offer;
    private final SignupService signups;
    private final ReferralLinks referrals;
    private final ParentLanguages languages;
    private final PublicOfferCache cached;

    OfferController(OfferService offer, SignupService signups, ReferralLinks referrals, ParentLanguages languages,
            PublicOfferCache cached) {
        this.offer = offer;
        this.signups = signups;
        this.referrals = referrals;
        this.languages = languages;
        this.cached = cached;
    }

    @GetMapping("/aanbod")
    String offer(@RequestParam(required = false) Long wijk, @RequestParam(required = false) Long thema,
            @RequestParam(defaultValue = "1") int pagina, Model model, Locale locale, HttpServletResponse response) {
        // the same for every visitor in a language: the browser asks again with the ETag (PublicPagesEtag)
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        var page = cached.offer(wijk, thema, Math.clamp(pagina, 1, MAX_PAGE) - 1, locale);
        model.addAttribute("cards", page.getContent());
        model.addAttribute("page", page);
        var lists = cached.lists();
        model.addAttribute("wijken", lists.wijken());
        model.addAttribute("themes", lists.themes());
        model.addAttribute("wijk", wijk);
        model.addAttribute("thema", thema);
        return "signup/aanbod";
    }

    @GetMapping("/aanbod/{id:\\d+}")
    String group(@PathVariable long id, @RequestParam(required = false) String via, Model model, Locale locale) {
        var form = new SignupForm();
        form.setLanguage(locale.getLanguage());
        // without a code no lookup at all: a transaction costs statements of its own, on every visit
        java.util.Optional.ofNullable(via).flatMap(referrals::resolve).filter(r -> r.groupId() == id)
                .ifPresent(referral -> {
            form.setVia(via.toUpperCase(Locale.ROOT));
            form.setToeleiding(referral.suggested());
        });
        return show(card(id, locale), form, model);
    }

    /** A verwijslink (short URL or QR code from a partner): the group's page, counting for the partner. */
    @GetMapping("/aanbod/v/{code}")
    String referral(@PathVariable String code) {
        var referral = referrals.resolve(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (offer.card(referral.groupId()).isEmpty()) {
            return "redirect:/aanbod";
        }
        return "redirect:/aanbod/" + referral.groupId() + "?via=" + code.toUpperCase(Locale.ROOT);
    }

    @PostMapping("/aanbod/{id:\\d+}")
    String signUp(@PathVariable long id, @Valid @ModelAttribute("form") SignupForm form, BindingResult errors,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        // the page the form came from, as every visitor sees it (the service checks the group again)
        OfferCard card = card(id, locale);
        if (form.isFilledByRobot()) {
            return "redirect:/aanbod/" + id + "/verstuurd";
        }
        if (!errors.hasFieldErrors("language") && languages.find(form.getLanguage()).isEmpty()) {
            errors.rejectValue("language", "validation.unknown");
        }
        if (request.getAttribute(StaleForm.ATTRIBUTE) != null) {
            // an old form: shown again with what was typed, and a fresh token; nothing is stored. Consent is
            // asked again: a form without a valid token may come from another site, not from the parent
            form.setConsent(false);
            errors.reject("signup.form.stale");
        } else if (!errors.hasErrors()) {
            try {
                signups.signUp(id, form);
                return "redirect:/aanbod/" + id + "/verstuurd";
            } catch (FieldValidationException refused) {
                errors.reject(refused.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(card, form, model);
    }

    @GetMapping("/aanbod/{id:\\d+}/verstuurd")
    String sent(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("card", card(id, locale));
        return "signup/verstuurd";
    }

    @RequestMapping("/aanbod/te-veel")
    String tooMany(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return "signup/te-veel";
    }

    private String show(OfferCard card, SignupForm form, Model model) {
        model.addAttribute("card", card);
        model.addAttribute("form", form);
        model.addAttribute("consentVersion", SignupService.CONSENT_VERSION);
        return "signup/groep";
    }

    private OfferCard card(long id, Locale locale) {
        return cached.card(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
