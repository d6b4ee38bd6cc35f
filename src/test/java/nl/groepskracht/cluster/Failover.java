package nl.groepskracht.cluster;

/** One failure during the storm: when it began and ended, and what the storm's requests saw meanwhile. */
record Failover(String what, long startMillis, long endMillis) {

    interface Action {
        void run() throws Exception;
    }

    static Failover run(String what, ParentStorm storm, Action action) throws Exception {
        long start = System.currentTimeMillis();
        System.out.println("CLUSTER " + what + " ...");
        action.run();
        return new Failover(what, start, System.currentTimeMillis());
    }

    /** Requests from the failure until 30 s after recovery: how many failed and over how long. */
    String describe(ParentStorm storm) {
        long until = endMillis + 30_000;
        var during = storm.requests.stream().filter(r -> r.atMillis() >= startMillis && r.atMillis() <= until).toList();
        var failed = during.stream().filter(ParentStorm.Request::failed).toList();
        String window = failed.isEmpty() ? "no failed request" : String.format("failures from %.1f s to %.1f s after"
                + " the failure (%.1f s)", (failed.getFirst().atMillis() - startMillis) / 1000.0,
                (failed.getLast().atMillis() - startMillis) / 1000.0,
                (failed.getLast().atMillis() - failed.getFirst().atMillis()) / 1000.0);
        return String.format("'%s': back after %.1f s; %d of %d requests failed (tried again by the parent); %s",
                what, (endMillis - startMillis) / 1000.0, failed.size(), during.size(), window);
    }
}
