package nl.groepskracht.schedule.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.ui.GroupPagePanel;
import nl.groepskracht.schedule.ScheduleService;

/** The group's sessions on its page: planning, changing and cancelling for its facilitators. */
@org.springframework.stereotype.Component
class SessionsPagePanel implements GroupPagePanel {

    private final ScheduleService schedule;
    private final Clock clock;

    SessionsPagePanel(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(GroupDetails group, Runnable reload) {
        return new SessionsPanel(group, schedule, clock, reload);
    }
}
