package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonitoringExports;
import nl.groepskracht.monitoring.MonitoringViews.Figures;

/** The headline figures as cards, each with its one-line definition beside it. */
class FigureCards extends Div {

    FigureCards(Figures figures, boolean withHouseholds) {
        setId("headline");
        getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))");
        for (String key : MonitoringExports.HEADLINE) {
            String extra = switch (key) {
                case "bereik" -> withHouseholds ? getTranslation("monitoring.per-thousand",
                        figures.perThousandHouseholds().text(getLocale())) : null;
                case "walk-in" -> getTranslation("monitoring.walk-in.children",
                        figures.walkInChildren().text(getLocale()));
                default -> null;
            };
            add(card(key, MonitoringExports.value(figures, key), extra));
        }
    }

    private Div card(String key, Figure figure, String extra) {
        var value = new Span(figure.text(getLocale()));
        value.setId("figure-" + key);
        value.getStyle().set("font-size", "1.8rem").set("font-weight", "700").set("color", "var(--gk-green-dark)");
        var label = new Span(getTranslation("monitoring.figure." + key));
        label.getStyle().set("font-weight", "600");
        var definition = new Paragraph(getTranslation("monitoring.def." + key));
        definition.addClassName("gk-hint");
        definition.getStyle().set("margin", "0");
        var card = new Div(label, new Div(value));
        if (extra != null) {
            card.add(new Paragraph(extra));
        }
        card.add(definition);
        card.addClassName("gk-session-card");
        return card;
    }
}
