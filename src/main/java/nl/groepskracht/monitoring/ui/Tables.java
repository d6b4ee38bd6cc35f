package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.groepskracht.monitoring.MonitoringExports;
import nl.groepskracht.monitoring.MonitoringViews.Share;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;

/** The dashboard's smaller tables: unmet demand and the toeleiding distributions. */
final class Tables {

    private Tables() {
    }

    static Grid<UnmetDemand> unmet(List<UnmetDemand> rows, Locale locale, Function<String, String> t) {
        Grid<UnmetDemand> grid = new Grid<>();
        grid.setId("unmet-demand");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UnmetDemand::wijk).setHeader(t.apply("monitoring.wijk"));
        grid.addColumn(UnmetDemand::theme).setHeader(t.apply("monitoring.theme"));
        grid.addColumn(u -> u.openSignals().text(locale)).setHeader(t.apply("monitoring.signals"));
        grid.addColumn(u -> u.signalFamilies().text(locale)).setHeader(t.apply("monitoring.signal-families"));
        grid.addColumn(u -> u.waiting().text(locale)).setHeader(t.apply("monitoring.figure.waiting"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t.apply("monitoring.unmet.none"));
        return grid;
    }

    /** A distribution: per answer (translated) or organisation, the families and their share. */
    static Grid<Share> shares(String id, List<Share> rows, boolean translate, Locale locale,
            Function<String, String> t) {
        var grid = new Grid<Share>();
        grid.setId(id);
        grid.addColumn(s -> translate ? t.apply(MonitoringExports.toeleidingKey(s.label())) : s.label())
                .setHeader(t.apply(translate ? "monitoring.toeleiding" : "monitoring.organisation"));
        grid.addColumn(s -> s.families().text(locale)).setHeader(t.apply("monitoring.families"));
        grid.addColumn(s -> s.share().text(locale)).setHeader(t.apply("monitoring.share"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t.apply("monitoring.referrals.none"));
        return grid;
    }
}
