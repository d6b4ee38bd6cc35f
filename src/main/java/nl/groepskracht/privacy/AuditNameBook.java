package nl.groepskracht.privacy;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The names of the people and groups on one page of the log, looked up once for the page (three look-ups). */
final class AuditNameBook {

    private final Map<String, String> actors;
    private final Map<Long, String> accounts;
    private final Map<Long, AuditNames.GroupLabel> groups;

    private AuditNameBook(Map<String, String> actors, Map<Long, String> accounts,
            Map<Long, AuditNames.GroupLabel> groups) {
        this.actors = actors;
        this.accounts = accounts;
        this.groups = groups;
    }

    static AuditNameBook of(Collection<AuditEvent> events, AuditNames.Actors people, AuditNames.Groups groups) {
        Set<String> logins = events.stream().map(AuditEvent::getActor).collect(Collectors.toSet());
        Set<Long> subjects = events.stream().map(AuditEvent::getSubjectAccountId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> groupIds = events.stream().map(AuditEvent::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new AuditNameBook(lookUp(people, AuditNames.Actors::displayNames, logins),
                lookUp(people, AuditNames.Actors::displayNamesById, subjects),
                lookUp(groups, AuditNames.Groups::labels, groupIds));
    }

    String actor(String login) {
        return actors.get(login);
    }

    String account(long id) {
        return accounts.get(id);
    }

    AuditNames.GroupLabel group(long id) {
        return groups.get(id);
    }

    private static <S, K, V> Map<K, V> lookUp(S source, BiFunction<S, Set<K>, Map<K, V>> names, Set<K> keys) {
        return source == null || keys.isEmpty() ? Map.of() : names.apply(source, keys);
    }
}
