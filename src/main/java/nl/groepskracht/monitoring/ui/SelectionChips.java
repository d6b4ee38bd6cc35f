package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;

/**
 * Which filters apply to a drill-down: the period, and the theme and organisation the dashboard was
 * filtered on, each with a link that shows the same drill-down without it.
 */
class SelectionChips extends Div {

    SelectionChips(Selection selection, String path, DirectoryService directory, boolean withFilters) {
        setId("selection");
        addClassName("gk-selection");
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var period = new Span(getTranslation("monitoring.period.shown", selection.from().format(day),
                selection.to().format(day)));
        period.setId("selection-period");
        add(period);
        if (!withFilters) {
            return;
        }
        if (selection.theme() != null) {
            String theme = directory.allThemes().stream().filter(t -> t.id() == selection.theme())
                    .map(ThemeItem::name).findFirst().orElse("");
            add(chip("theme", getTranslation("monitoring.theme") + ": " + theme,
                    selection.withTheme(null).url(path)));
        }
        if (selection.organisation() != null) {
            String organisation = directory.allOrganisations().stream()
                    .filter(o -> o.id() == selection.organisation()).map(OrganisationItem::name).findFirst()
                    .orElse("");
            add(chip("organisation", getTranslation("monitoring.organisation") + ": " + organisation,
                    selection.withOrganisation(null).url(path)));
        }
    }

    private Span chip(String id, String text, String without) {
        var drop = new Anchor(without, "✕");
        drop.setId("drop-" + id);
        drop.getElement().setAttribute("aria-label", getTranslation("monitoring.filter.drop", text));
        drop.getElement().setAttribute("title", getTranslation("monitoring.filter.drop", text));
        var chip = new Span(new Span(text), drop);
        chip.setId("filter-chip-" + id);
        chip.addClassName("gk-chip");
        return chip;
    }
}
