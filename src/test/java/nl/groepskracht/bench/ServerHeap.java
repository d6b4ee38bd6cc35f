package nl.groepskracht.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's live objects as jcmd counts them. {@code GC.class_histogram} collects fully and then counts every
 * object still reachable, class by class: the sum of what lives, byte for byte. (The heap's "used" after a full
 * collection moved by megabytes between two readings of an idle portal: regions, not objects.) The first
 * reading after a busy spell also frees what only a second collection finds (cleaners, soft references), so
 * callers read twice and keep the second.
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private ServerHeap() {
    }

    /** Every live object of the portal process: class name to {instances, bytes}. */
    static Map<String, long[]> liveObjects(long pid) throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        Matcher row = ROW.matcher(jcmd(pid, "GC.class_histogram"));
        while (row.find()) {
            classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no class histogram from jcmd");
        }
        return classes;
    }

    /** Bytes of all live objects, from {@link #liveObjects}. */
    static long liveBytes(Map<String, long[]> classes) {
        return classes.values().stream().mapToLong(counts -> counts[1]).sum();
    }

    /** A dump of the live objects ({@code -Dbench.heap-dump=file.hprof}), to see who holds what the histogram counts. */
    static void dump(long pid, String file) throws Exception {
        jcmd(pid, "GC.heap_dump " + file);
    }

    static String describe(long pid) throws Exception {
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        return used.find() ? "used " + Long.parseLong(used.group(1)) / 1024 + " MB" : "?";
    }

    private static String jcmd(long pid, String command) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
