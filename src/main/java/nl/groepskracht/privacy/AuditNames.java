package nl.groepskracht.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names for the audit log, supplied by the modules that own them: the log stores who (a login name and
 * account id), to whom (an account id) and which group (an id), and reads as "Fatima El Amrani heeft de
 * deelnemerslijst van Samen ouder blijven (Overvecht, vanaf 1 september 2025) bekeken". Those modules
 * depend on this one, not the other way round: every module may write to the log.
 */
public final class AuditNames {

    private AuditNames() {
    }

    /** A professional, as the log's person filter offers them. */
    public record Person(long id, String name, String email) {
    }

    /**
     * A group as the log names it: two groups may share a name, so its wijk and first day go with it
     * ({@code startsOn} null while no session is planned).
     */
    public record GroupLabel(long id, String name, String wijk, LocalDate startsOn) {
    }

    /** The people behind login names and account ids (the security module). */
    public interface Actors {

        /** Display names by login name; names it does not know are left out. */
        Map<String, String> displayNames(Collection<String> loginNames);

        /** Display names by account id; ids it does not know are left out. */
        Map<Long, String> displayNamesById(Collection<Long> accountIds);

        /** The account that signs in with this login name now. */
        Optional<Long> accountOf(String loginName);

        /** Every professional, by name. */
        List<Person> people();
    }

    /** The groups behind ids (the group module). */
    public interface Groups {

        /** Labels by id; ids it does not know are left out. */
        Map<Long, GroupLabel> labels(Collection<Long> groupIds);

        /** Groups whose name contains {@code text} (any, when empty), by name and first day, a page of them. */
        List<GroupLabel> find(String text, int offset, int limit);
    }
}
