package nl.groepskracht.schedule;

import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import nl.groepskracht.group.GroupClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * When a group is closed, its coming sessions are cancelled in the same transaction; the calendar
 * module then sends everyone invited one message about all of them (not one per session). Without
 * planned sessions there are no reminders either.
 */
@Component
class ClosedGroupSessions {

    private final GroupSessionRepository sessions;
    private final GroupPeriods periods;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ClosedGroupSessions(GroupSessionRepository sessions, GroupPeriods periods, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.sessions = sessions;
        this.periods = periods;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(GroupClosed closed) {
        String reason = messages.getMessage("session.cancel.group-closed", null, nl.groepskracht.base.i18n.Languages.DUTCH);
        List<Long> cancelled = new ArrayList<>();
        for (GroupSession session : sessions.findByGroupIdOrderByStartsAt(closed.groupId())) {
            if (session.getStatus() == SessionStatus.PLANNED && session.getStartsAt().isAfter(clock.instant())) {
                session.cancel(reason);
                cancelled.add(session.getId());
            }
        }
        sessions.flush();
        periods.record(closed.groupId());
        events.publishEvent(new SessionEvents.GroupStopped(closed.groupId(), cancelled));
    }
}
