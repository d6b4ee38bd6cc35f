package nl.groepskracht.privacy;

import java.util.Collection;
import java.util.Map;

/**
 * Names for the audit log, supplied by the modules that own them: the log stores who (a login name) and
 * which group (an id), and reads as "Fatima El Amrani heeft de deelnemerslijst van Samen ouder blijven
 * bekeken". Those modules depend on this one, not the other way round: every module may write to the log.
 */
public final class AuditNames {

    private AuditNames() {
    }

    /** The people behind login names (the security module). */
    public interface Actors {

        /** Display names by login name; names it does not know are left out. */
        Map<String, String> displayNames(Collection<String> loginNames);
    }

    /** The groups behind ids (the group module). */
    public interface Groups {

        /** Group names by id; ids it does not know are left out. */
        Map<Long, String> names(Collection<Long> groupIds);
    }
}
