package nl.groepskracht.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.web.StaleForm;
import nl.groepskracht.evaluation.EvaluationForm;
import nl.groepskracht.evaluation.EvaluationService;
import nl.groepskracht.evaluation.EvaluationService.OpenEvaluation;
import nl.groepskracht.evaluation.Question;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The parent's evaluation form behind the link in their e-mail: plain HTML, no JavaScript, no session;
 * errors at the fields (status 422, what was typed stays); a wrong, used or expired link gets one
 * neutral page that does not say which; Post/Redirect/Get after storing.
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
    private final EvaluationService evaluations;

    EvaluationFormController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluatie/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<OpenEvaluation> open = evaluations.open(token);
        if (open.isEmpty()) {
            return unavailable(response);
        }
        return form(open.get(), token, new EvaluationForm(), model);
    }

    @PostMapping("/evaluatie/{token}")
    String submit(@PathVariable String token, @Valid @ModelAttribute("form") EvaluationForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<OpenEvaluation> open = evaluations.open(token);
        if (open.isEmpty()) {
            return unavailable(response);
        }
        if (request.getAttribute(StaleForm.ATTRIBUTE) != null) {
            // an old form: shown again with what was chosen, and a fresh token; nothing is stored
            errors.reject("signup.form.stale");
        } else if (!errors.hasErrors()) {
            return evaluations.submit(token, form) ? "redirect:/evaluatie/bedankt#main" : unavailable(response);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(open.get(), token, form, model);
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
