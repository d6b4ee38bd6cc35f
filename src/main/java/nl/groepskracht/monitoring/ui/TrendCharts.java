package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;

/** The months of a selection: reach, opkomst, groups with a session held and, if any, walk-in visits. */
class TrendCharts extends Div {

    TrendCharts(List<TrendPoint> points, boolean futureLeft, boolean groupsChart) {
        setWidthFull();
        add(new TrendChart("trend-bereik", getTranslation("monitoring.figure.bereik"),
                getTranslation("monitoring.unit.families"), points, TrendPoint::bereik, futureLeft),
                new TrendChart("trend-opkomst", getTranslation("monitoring.figure.opkomst"),
                        getTranslation("monitoring.unit.percent"), points, TrendPoint::opkomst, futureLeft));
        if (groupsChart) {
            add(new TrendChart("trend-groups", getTranslation("monitoring.figure.groups"),
                    getTranslation("monitoring.unit.groups"), points, TrendPoint::groupsRunning, futureLeft));
        }
        if (points.stream().anyMatch(p -> p.sessionsHeld().value() > 0 && p.walkInAdults().value() > 0)) {
            add(new TrendChart("trend-walk-in", getTranslation("monitoring.figure.walk-in"),
                    getTranslation("monitoring.unit.adults"), points, TrendPoint::walkInAdults, futureLeft));
        }
    }
}
