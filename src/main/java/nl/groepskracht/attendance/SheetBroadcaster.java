package nl.groepskracht.attendance;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.groepskracht.base.AccessRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open attendance sheets of a session that it changed, so two facilitators with a tablet
 * each see each other's ticks, head counts and note (Vaadin's broadcaster pattern: the sheet
 * registers, and pushes the new state to its browser). A change is announced after it committed,
 * never before, and on a thread of its own, so the facilitator who tapped does not wait for the
 * other screens. Within one portal instance: the README says what several instances need.
 */
@Component
@AccessRule("a sheet already opened through AttendanceService's checked calls: the notice carries no data, the sheet "
        + "reads the new state through those calls again")
public class SheetBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SheetBroadcaster.class);

    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "gk-sheet-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code onChange} after every committed change of the session's sheet; close to stop. */
    public AutoCloseable register(long sessionId, Runnable onChange) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> listeners.computeIfPresent(sessionId, (id, list) -> {
            list.remove(onChange);
            return list.isEmpty() ? null : list;
        });
    }

    /** Announces a change of the sheet once the current transaction has committed. */
    void changed(long sessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce(sessionId);
                }
            });
        } else {
            announce(sessionId);
        }
    }

    private void announce(long sessionId) {
        for (Runnable listener : listeners.getOrDefault(sessionId, List.of())) {
            executor.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException gone) {
                    // a sheet whose browser went away meanwhile; it unregisters when detached
                    log.debug("A sheet of session {} could not be told of a change", sessionId, gone);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
