package nl.groepskracht.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@link Suppression} of tables, remembered by their contents: a table worked out again after a change
 * elsewhere (a mark in another group) is mostly the same table, and its protection the same, since
 * suppression depends on nothing but the table's numbers and those of the table it is a share of. At
 * city scale a table's suppression takes tens of milliseconds. The most recently used are kept.
 */
@Component
class Suppressions {

    private static final int ENTRIES = 256;

    /** A table, and the table of the families it is a share of (or null). */
    private record Tables(CountTable table, CountTable shareOf) {
    }

    private final Map<Tables, Protection> kept = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Tables, Protection> eldest) {
            return size() > ENTRIES;
        }
    };

    /**
     * The protection of {@code table}; when it is a share of the families in {@code shareOf} (else null)
     * it is hidden wherever those are, besides what it hides itself.
     */
    Protection protect(CountTable table, CountTable shareOf) {
        Tables key = new Tables(table, shareOf);
        synchronized (kept) {
            Protection found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        Protection protection = Suppression.protect(table, shareOf == null ? null : protect(shareOf, null));
        synchronized (kept) {
            kept.put(key, protection);
        }
        return protection;
    }
}
