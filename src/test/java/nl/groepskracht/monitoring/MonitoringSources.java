package nl.groepskracht.monitoring;

import org.springframework.context.ApplicationContext;

/** For the benchmark: the dashboard read from the plain row-based counts, as before issue 23, or from the aggregates. */
public final class MonitoringSources {

    private MonitoringSources() {
    }

    public static void rows(ApplicationContext context, boolean rows) {
        context.getBean(FigureQueries.class).readFrom(rows ? FigureQueries.Source.ROWS : FigureQueries.Source.AGGREGATES);
    }

    /** Forgets what is kept (protection and counts), so that the next read works them out as after a change (cold). */
    public static void forgetKept(ApplicationContext context) {
        context.getBean(KeptReads.class).clear();
    }
}
