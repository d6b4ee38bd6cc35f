package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.FigureKeys;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.ParentVerdicts;

/** The headline figures as cards, each with its one-line definition beside it. */
class FigureCards extends Div {

    FigureCards(Figures figures, boolean withHouseholds) {
        this("headline");
        for (String key : FigureKeys.HEADLINE) {
            String extra = switch (key) {
                case "bereik" -> withHouseholds ? getTranslation("monitoring.per-thousand",
                        figures.perThousandHouseholds().text(getLocale())) : null;
                case "walk-in" -> getTranslation("monitoring.walk-in.beside", figures.walkInChildren().text(getLocale()),
                        figures.walkInSessions().text(getLocale()), MatrixGrid.countOf(figures.walkInChildren()),
                        MatrixGrid.countOf(figures.walkInSessions()));
                case "vulling" -> figures.laterPlaces().value() > 0 || figures.laterPlaces().hidden()
                        ? getTranslation("monitoring.vulling.later", figures.laterPlaces().text(getLocale())) : null;
                default -> null;
            };
            add(card(key, getTranslation("monitoring.figure." + key), FigureKeys.value(figures, key), extra,
                    getTranslation("monitoring.def." + key)));
        }
    }

    /** What parents said (the evaluation), each card with its definition. */
    FigureCards(List<ParentVerdicts.Verdict> verdicts) {
        this("verdicts");
        for (ParentVerdicts.Verdict verdict : verdicts) {
            add(card(verdict.id(), getTranslation(verdict.labelKey()), verdict.figure(), null,
                    getTranslation(verdict.definitionKey())));
        }
    }

    private FigureCards(String id) {
        setId(id);
        getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))");
    }

    private Div card(String key, String labelText, Figure figure, String extra, String definitionText) {
        var value = new Span(figure.text(getLocale()));
        value.setId("figure-" + key);
        value.addClassName(figure.hidden() ? "gk-figure-withheld" : "gk-figure-value");
        var label = new Span(labelText);
        label.getStyle().set("font-weight", "600");
        var definition = new Paragraph(definitionText);
        definition.addClassName("gk-hint");
        definition.getStyle().set("margin", "0");
        var card = new Div(label, new Div(value));
        if (extra != null) {
            var line = new Paragraph(extra);
            line.setId("figure-" + key + "-beside");
            card.add(line);
        }
        card.add(definition);
        card.addClassName("gk-session-card");
        return card;
    }
}
