package nl.groepskracht.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.web.StaleForm;
import nl.groepskracht.evaluation.EvaluationForm;
import nl.groepskracht.evaluation.EvaluationRetries;
import nl.groepskracht.evaluation.EvaluationService;
import nl.groepskracht.evaluation.EvaluationService.OpenEvaluation;
import nl.groepskracht.evaluation.Question;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The parent's evaluation form behind the link in their e-mail: plain HTML, no JavaScript, no session;
 * a wrong, used or expired link gets one neutral page that does not say which. Post/Redirect/Get after
 * every submit: stored, to the thanks page; refused, back to the form with the errors at the fields and
 * what was chosen and typed (kept for the redirect by {@link EvaluationRetries}), so Back never asks to
 * send the form again.
 */
@Controller
class EvaluationFormController {

    /** A statement of the form: its form field and its text key. */
    record Statement(String field, String key) {
    }

    private static final List<Statement> STATEMENTS = Arrays.stream(Question.values())
            .map(q -> new Statement(switch (q) {
                case USEFULNESS -> "usefulness";
                case GOAL_REACHED -> "goalReached";
                case SUPPORT -> "support";
                case RECOMMEND -> "recommend";
            }, q.key())).toList();
    private static final String RETRY = "opnieuw";
    private final EvaluationService evaluations;
    private final EvaluationRetries retries;
    private final SpringValidatorAdapter validator;

    EvaluationFormController(EvaluationService evaluations, EvaluationRetries retries, Validator validator) {
        this.evaluations = evaluations;
        this.retries = retries;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The form; after a refused submit ({@code ?opnieuw=}) with what was sent and its errors. */
    @GetMapping("/evaluatie/{token}")
    String show(@PathVariable String token, @RequestParam(name = RETRY, required = false) String retry, Model model,
            HttpServletResponse response) {
        Optional<OpenEvaluation> open = evaluations.open(token);
        if (open.isEmpty()) {
            return unavailable(response);
        }
        EvaluationForm form = new EvaluationForm();
        Optional<EvaluationRetries.Retry> again = retries.find(retry);
        if (again.isPresent()) {
            form = again.get().form();
            var errors = new BeanPropertyBindingResult(form, "form");
            validator.validate(form, errors);
            if (again.get().stale()) {
                // an old form: shown again with what was chosen, and a fresh token; nothing was stored
                errors.reject("signup.form.stale");
            }
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            model.addAttribute("retry", retry);
        }
        return form(open.get(), token, form, model);
    }

    @PostMapping("/evaluatie/{token}")
    String submit(@PathVariable String token, @Valid @ModelAttribute("form") EvaluationForm form, BindingResult errors,
            @RequestParam(name = RETRY, required = false) String retry, HttpServletRequest request,
            HttpServletResponse response) {
        if (evaluations.open(token).isEmpty()) {
            return unavailable(response);
        }
        retries.forget(retry);
        boolean stale = request.getAttribute(StaleForm.ATTRIBUTE) != null;
        if (!stale && !errors.hasErrors()) {
            return evaluations.submit(token, form) ? "redirect:/evaluatie/bedankt#main" : unavailable(response);
        }
        return "redirect:/evaluatie/" + token + "?" + RETRY + "=" + retries.keep(form, stale) + "#errors";
    }

    @GetMapping("/evaluatie/bedankt")
    String thanks() {
        return "evaluation/bedankt";
    }

    private static String form(OpenEvaluation open, String token, EvaluationForm form, Model model) {
        model.addAttribute("evaluation", open);
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("questions", STATEMENTS);
        return "evaluation/formulier";
    }

    private static String unavailable(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "evaluation/niet-beschikbaar";
    }
}
