package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.PeriodChoice;
import org.springframework.modulith.NamedInterface;

/**
 * The period of a selection, shared by the dashboard and the evaluation pages: a choice (this school year
 * by default, quarter, year, or dates of one's own) and the two dates it fills in. A change of the choice
 * is one change, not three (the dates it fills in are not the adviseur's).
 */
@NamedInterface("period-fields")
public final class PeriodFields {

    private final Select<PeriodChoice> period = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final LocalDate today;
    private boolean fillingDates;
    /** A period shown from a link: no change of the adviseur's. */
    private boolean quiet;

    public PeriodFields(LocalDate today, Runnable onChange) {
        this.today = today;
        period.setId("filter-period");
        period.setLabel(period.getTranslation("monitoring.period"));
        period.setItems(PeriodChoice.values());
        period.setItemLabelGenerator(p -> period.getTranslation("monitoring.period." + p.name()));
        period.setValue(PeriodChoice.SCHOOL_YEAR);
        from.setId("filter-from");
        from.setLabel(from.getTranslation("monitoring.from"));
        to.setId("filter-to");
        to.setLabel(to.getTranslation("monitoring.to"));
        showDates();
        period.addValueChangeListener(e -> {
            showDates();
            if (!quiet) {
                onChange.run();
            }
        });
        from.addValueChangeListener(e -> changedByHand(onChange));
        to.addValueChangeListener(e -> changedByHand(onChange));
    }

    /** The choice and the two dates, to add to a filter bar. */
    public Component[] components() {
        return new Component[] {period, from, to};
    }

    /** The period chosen; an empty date falls back to the choice's own, a reversed range is swapped. */
    public MonitoringFilter filter() {
        LocalDate[] range = period.getValue().range(today);
        LocalDate first = from.getValue() == null ? range[0] : from.getValue();
        LocalDate last = to.getValue() == null ? range[1] : to.getValue();
        return last.isBefore(first) ? MonitoringFilter.period(last, first) : MonitoringFilter.period(first, last);
    }

    /** The period's choice (this school year, custom dates...). */
    public PeriodChoice choice() {
        return period.getValue();
    }

    /** Shows a period chosen elsewhere (a link's), without counting it as a change. */
    public void show(PeriodChoice choice, LocalDate first, LocalDate last) {
        quiet = true;
        period.setValue(choice);
        from.setValue(first);
        to.setValue(last);
        showDates();
        quiet = false;
    }

    private void changedByHand(Runnable onChange) {
        if (!fillingDates && !quiet) {
            onChange.run();
        }
    }

    private void showDates() {
        boolean custom = period.getValue() == PeriodChoice.CUSTOM;
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        if (!custom) {
            LocalDate[] range = period.getValue().range(today);
            fillingDates = true;
            from.setValue(range[0]);
            to.setValue(range[1]);
            fillingDates = false;
        }
    }
}
