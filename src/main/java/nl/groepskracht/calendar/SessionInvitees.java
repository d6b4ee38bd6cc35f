package nl.groepskracht.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Everyone any {@link InviteeSource} invites to a group's sessions, each address once. */
@Component
class SessionInvitees {

    private final List<InviteeSource> sources;

    SessionInvitees(List<InviteeSource> sources) {
        this.sources = sources;
    }

    List<Invitee> of(long groupId) {
        return distinct(sources.stream().flatMap(source -> source.invitees(groupId).stream()));
    }

    List<Invitee> remindees(long groupId, long sessionId) {
        return distinct(sources.stream().flatMap(source -> source.remindees(groupId, sessionId).stream()));
    }

    private static List<Invitee> distinct(java.util.stream.Stream<Invitee> invitees) {
        Map<String, Invitee> byEmail = invitees
                .filter(invitee -> invitee.email() != null)
                .collect(Collectors.toMap(Invitee::email, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new ArrayList<>(byEmail.values());
    }
}
