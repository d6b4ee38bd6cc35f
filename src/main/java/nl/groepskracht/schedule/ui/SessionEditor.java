package nl.groepskracht.schedule.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import nl.groepskracht.schedule.SessionDraft;
import nl.groepskracht.base.ui.FormBinder;

/** Date, start and end time, location and topic of one session. */
class SessionEditor extends FormLayout {

    final DatePicker date = new DatePicker(getTranslation("session.date"));
    final TimePicker startTime = new TimePicker(getTranslation("session.start"));
    final TimePicker endTime = new TimePicker(getTranslation("session.end"));
    final TextField location = new TextField(getTranslation("session.location"));
    final TextField topic = new TextField(getTranslation("session.topic"));
    final FormBinder<SessionDraft> binder = new FormBinder<>(SessionDraft.class);

    SessionEditor() {
        date.setId("session-date");
        startTime.setId("session-start");
        endTime.setId("session-end");
        location.setId("session-location");
        topic.setId("session-topic");
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setStep(Duration.ofMinutes(15));
        topic.setHelperText(getTranslation("session.topic.help"));
        binder.bindInstanceFields(this);
        add(date, startTime, endTime, location, topic);
    }
}
