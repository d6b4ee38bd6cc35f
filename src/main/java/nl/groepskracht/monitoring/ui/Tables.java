package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.groepskracht.monitoring.FigureKeys;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.Share;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;

/** The dashboard's smaller tables: unmet demand and the toeleiding distributions; the "afgeschermd" note. */
final class Tables {

    private Tables() {
    }

    /** Where demand has no group; a row opens the open signals behind it. */
    static Grid<UnmetDemand> unmet(List<UnmetDemand> rows, Locale locale, Function<String, String> t) {
        Grid<UnmetDemand> grid = new Grid<>();
        grid.setId("unmet-demand");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UnmetDemand::wijk).setHeader(t.apply("monitoring.wijk"));
        grid.addColumn(UnmetDemand::theme).setHeader(t.apply("monitoring.theme"));
        grid.addColumn(u -> u.openSignals().text(locale)).setHeader(t.apply("monitoring.signals"));
        grid.addColumn(u -> u.signalFamilies().text(locale)).setHeader(t.apply("monitoring.signal-families"));
        grid.addColumn(u -> u.waiting().text(locale)).setHeader(t.apply("monitoring.figure.waiting"));
        grid.addColumn(u -> t.apply("monitoring.unmet.open")).setHeader(t.apply("monitoring.unmet.signals"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t.apply("monitoring.unmet.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("signalen", signals(e.getItem())));
        return grid;
    }

    /** The signals list filtered on a wijk and theme with demand and no group. */
    static QueryParameters signals(UnmetDemand demand) {
        return QueryParameters.simple(Map.of("wijk", String.valueOf(demand.wijkId()), "thema",
                String.valueOf(demand.themeId())));
    }

    /** A distribution: per answer (translated) or organisation, the families and their share. */
    static Grid<Share> shares(String id, List<Share> rows, boolean translate, Locale locale,
            Function<String, String> t) {
        var grid = new Grid<Share>();
        grid.setId(id);
        grid.addColumn(s -> translate ? t.apply(FigureKeys.toeleidingKey(s.label())) : s.label())
                .setHeader(t.apply(translate ? "monitoring.toeleiding" : "monitoring.organisation"));
        grid.addColumn(s -> s.families().text(locale)).setHeader(t.apply("monitoring.families"));
        grid.addColumn(s -> s.share().text(locale)).setHeader(t.apply("monitoring.share"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t.apply("monitoring.referrals.none"));
        return grid;
    }

    /** Under a table with a hidden figure: what "afgeschermd" means (nothing when none is hidden). */
    static Component withheldNote(boolean anyHidden) {
        if (!anyHidden) {
            return new Div();
        }
        var note = note(null, UI.getCurrent().getTranslation("monitoring.withheld.note"));
        note.addClassName("gk-withheld-note");
        return note;
    }

    /** A short explanation under a table or cards. */
    static Paragraph note(String id, String text) {
        var note = new Paragraph(text);
        if (id != null) {
            note.setId(id);
        }
        note.addClassName("gk-hint");
        return note;
    }

    /** Whether a card of the headline figures (or a figure beside one) is hidden. */
    static boolean cardsHidden(Figures figures) {
        return FigureKeys.ALL.stream().anyMatch(key -> FigureKeys.value(figures, key).hidden());
    }

    /** Whether a distribution shows a hidden number or share. */
    static boolean anyHidden(List<Share> rows) {
        return rows.stream().anyMatch(s -> s.families().hidden() || s.share().hidden());
    }
}
