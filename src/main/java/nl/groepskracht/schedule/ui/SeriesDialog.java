package nl.groepskracht.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.holidays.DayNote;
import nl.groepskracht.schedule.PlannedDate;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SeriesDraft;
import nl.groepskracht.base.ui.FormBinder;

/**
 * Plans a weekly series. "Voorbeeld" shows every date before anything is saved; a date can be
 * skipped (a school holiday) and the series moves on a week.
 */
class SeriesDialog extends EditorDialog<SeriesDraft> {

    SeriesDialog(GroupDetails group, ScheduleService schedule, java.time.Clock clock, Runnable reload) {
        this(new SeriesEditor(), draftFor(group, clock), group, schedule, reload);
    }

    private SeriesDialog(SeriesEditor editor, SeriesDraft draft, GroupDetails group, ScheduleService schedule,
            Runnable reload) {
        super(editor.getTranslation("series.plan"), editor, editor.binder, draft,
                changed -> schedule.addSeries(group.id(), changed), reload);
        Runnable refresh = () -> editor.showPreview(schedule.preview(group.id(), draft));
        editor.onSkip(date -> {
            draft.getSkipDates().add(date);
            refresh.run();
        });
        editor.onPreview(() -> {
            if (editor.binder.writeBeanIfValid(draft)) {
                refresh.run();
            }
        });
        setWidth("min(48rem, 100vw)");
    }

    private static SeriesDraft draftFor(GroupDetails group, java.time.Clock clock) {
        var draft = new SeriesDraft();
        draft.setLocation(group.location());
        draft.setStartTime(LocalTime.of(19, 0));
        LocalDate nextWeek = LocalDate.now(clock.withZone(AppZone.ID)).plusWeeks(1);
        draft.setFirstDate(nextWeek);
        draft.setWeekday(nextWeek.getDayOfWeek());
        return draft;
    }

    static class SeriesEditor extends VerticalLayout {

        final DatePicker firstDate = new DatePicker(getTranslation("series.first-date"));
        final Select<DayOfWeek> weekday = new Select<>();
        final TimePicker startTime = new TimePicker(getTranslation("session.start"));
        final IntegerField durationMinutes = new IntegerField(getTranslation("series.duration"));
        final IntegerField count = new IntegerField(getTranslation("series.count"));
        final TextField location = new TextField(getTranslation("session.location"));
        final TextField topic = new TextField(getTranslation("session.topic"));
        final FormBinder<SeriesDraft> binder = new FormBinder<>(SeriesDraft.class);
        private final Button previewButton = new Button(getTranslation("series.preview"));
        private final Div preview = new Div();
        private Consumer<LocalDate> skip = date -> { };

        SeriesEditor() {
            setPadding(false);
            firstDate.setId("series-first-date");
            weekday.setId("series-weekday");
            startTime.setId("series-start");
            durationMinutes.setId("series-duration");
            count.setId("series-count");
            location.setId("series-location");
            previewButton.setId("series-preview");
            weekday.setLabel(getTranslation("series.weekday"));
            weekday.setItems(DayOfWeek.values());
            weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            firstDate.addValueChangeListener(e -> {
                if (e.getValue() != null && weekday.isEmpty()) {
                    weekday.setValue(e.getValue().getDayOfWeek());
                }
            });
            durationMinutes.setStepButtonsVisible(true);
            durationMinutes.setStep(15);
            count.setStepButtonsVisible(true);
            count.setHelperText(getTranslation("series.count.help", SeriesDraft.MAX_SESSIONS));
            binder.bindInstanceFields(this);
            previewButton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            preview.setId("series-preview-list");
            preview.addClassName("gk-preview");
            add(new FormLayout(firstDate, weekday, startTime, durationMinutes, count, location, topic),
                    previewButton, preview);
        }

        void onPreview(Runnable action) {
            previewButton.addClickListener(e -> action.run());
        }

        void onSkip(Consumer<LocalDate> action) {
            skip = action;
        }

        /** "Kerstvakantie (schoolvakantie)", "Tweede Paasdag (feestdag)". */
        private String holiday(DayNote note) {
            return note.kind() == DayNote.Kind.PUBLIC_HOLIDAY
                    ? getTranslation("series.warning.public-holiday", getTranslation(note.nameKey()))
                    : getTranslation("series.warning.school-holiday", note.name());
        }

        /** Lists the dates, each with a button to skip it; holidays are pointed out (they can still be planned). */
        void showPreview(List<PlannedDate> dates) {
            preview.removeAll();
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(getLocale());
            for (PlannedDate date : dates) {
                var line = new Div(new Span(date.start().format(format) + " – " + date.end().toLocalTime()));
                line.addClassName(date.ok() ? "gk-preview-ok" : "gk-preview-problem");
                if (!date.ok()) {
                    line.add(new Span(" " + getTranslation(date.problemKey())));
                } else if (date.holiday() != null) {
                    var warning = new Span(" " + holiday(date.holiday()));
                    warning.addClassName("gk-preview-warning");
                    line.addClassName("gk-preview-holiday");
                    line.add(warning);
                }
                var skipButton = new Button(getTranslation("series.skip"),
                        e -> skip.accept(date.start().toLocalDate()));
                skipButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(skipButton);
                preview.add(line);
            }
        }
    }
}
