package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.evaluation.EvaluationResults;
import nl.groepskracht.evaluation.GroupResults;
import nl.groepskracht.evaluation.OpenField;

/**
 * One group's evaluation: nothing but "nog te weinig antwoorden" below five answers; then the figures
 * and the parents' own words. A facilitator writes the group's evaluation from here; the adviseur picks
 * quotes for the impact report.
 */
@Route("evaluaties/groep/:groupId")
@RolesAllowed({Roles.FACILITATOR, Roles.ADVISEUR, Roles.ADMIN})
public class GroupEvaluationView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final EvaluationResults results;

    GroupEvaluationView(EvaluationResults results) {
        this.results = results;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", groupId -> show(results.group(groupId)));
    }

    private void show(GroupResults group) {
        removeAll();
        var back = new Anchor("evaluaties", getTranslation("evaluation.back"));
        back.addClassName("gk-back");
        add(back, new ViewHeader(getTranslation("evaluation.group.title", group.groupName()), actions(group)));
        var verdict = group.verdict();
        var summary = new Paragraph(getTranslation("evaluation.group.summary", verdict.invited().text(getLocale()),
                verdict.answers().text(getLocale()), verdict.response().text(getLocale())));
        summary.setId("evaluation-summary");
        add(summary);
        if (!verdict.enough()) {
            var few = new Paragraph(getTranslation("evaluation.too-few"));
            few.setId("too-few");
            add(few);
            return;
        }
        add(new VerdictGrid(verdict, getLocale(), this::getTranslation),
                answers("most-valuable", OpenField.MOST_VALUABLE, group.mostValuable(), group.mayQuote()),
                answers("could-be-better", OpenField.COULD_BE_BETTER, group.couldBeBetter(), group.mayQuote()));
    }

    private Component[] actions(GroupResults group) {
        if (!group.mayWrite()) {
            return new Component[0];
        }
        var write = new Button(getTranslation("evaluation.write"), e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate("kennis/nieuw", com.vaadin.flow.router.QueryParameters.of("evaluatie",
                        String.valueOf(group.groupId())))));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setId("write-evaluation");
        return new Component[] {write};
    }

    private Div answers(String id, OpenField field, List<GroupResults.Answer> answers, boolean mayQuote) {
        var section = new Div(new H2(getTranslation("evaluation.open." + field.key())));
        section.setId(id);
        if (answers.isEmpty()) {
            section.add(new Paragraph(getTranslation("evaluation.open.none")));
            return section;
        }
        if (mayQuote) {
            section.add(new Paragraph(getTranslation("evaluation.quote.intro")));
        }
        var list = new UnorderedList();
        for (GroupResults.Answer answer : answers) {
            var item = new ListItem(new Span(answer.text()));
            if (mayQuote) {
                var quote = new Checkbox(getTranslation("evaluation.quote"), answer.quoted());
                quote.setId("quote-" + field.key() + "-" + answer.id());
                quote.addValueChangeListener(e -> results.quote(answer.id(), field, e.getValue()));
                item.add(quote);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    @Override
    public String titleKey() {
        return "evaluation.title";
    }
}
