package nl.groepskracht.bench;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The figures of every benchmark of one {@code -Pbench} run, printed as one table when the run ends
 * (a JUnit Platform listener, registered in {@code META-INF/services}; it prints nothing when no
 * benchmark ran). Each benchmark adds its rows as it measures them.
 */
public class BenchSummary implements TestExecutionListener {

    private static final List<String[]> ROWS = new ArrayList<>();

    /** One row of the table: what was measured and the figure, as it should read. */
    public static synchronized void add(String what, String figure) {
        ROWS.add(new String[] {what, figure});
        System.out.printf("BENCH %s: %s%n", what, figure);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        print();
    }

    static synchronized void print() {
        if (ROWS.isEmpty()) {
            return;
        }
        int width = ROWS.stream().mapToInt(row -> row[0].length()).max().orElse(10);
        var table = new StringBuilder("\nBENCH SUMMARY (" + System.getProperty("groepskracht.it.jar", "target/groepskracht.jar")
                + ", load average " + loadAverage() + ")\n");
        table.append(String.format("| %-" + width + "s | %s%n", "what", "figure"));
        table.append("|").append("-".repeat(width + 2)).append("|").append("-".repeat(60)).append('\n');
        ROWS.forEach(row -> table.append(String.format("| %-" + width + "s | %s%n", row[0], row[1])));
        System.out.println(table);
        ROWS.clear();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
