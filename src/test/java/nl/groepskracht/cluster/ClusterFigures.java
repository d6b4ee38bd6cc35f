package nl.groepskracht.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the cluster stored, read straight from the Galera cluster, beside what the parents and the SMTP sink saw. */
final class ClusterFigures {

    private final String url;

    ClusterFigures(String url) {
        this.url = url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "groepskracht", System.getenv().getOrDefault("GK_DB_PASSWORD",
                "groepskracht"));
    }

    /** Storm addresses with a stored sign-up. */
    Set<String> storedSignups(String run) throws SQLException {
        return new HashSet<>(strings("SELECT DISTINCT LOWER(p.email) FROM participant p JOIN registration r"
                + " ON r.participant_id = p.id WHERE p.email LIKE ?", "%." + run + "@storm.example"));
    }

    /** Outbox mails to storm addresses: their outbox ids per status. */
    Map<String, Set<String>> outbox() throws SQLException {
        Map<String, Set<String>> byStatus = new HashMap<>();
        try (Connection db = connect(); var query = db.prepareStatement("SELECT status, id FROM outbox_mail"
                + " WHERE recipient LIKE '%@storm.example'")) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    byStatus.computeIfAbsent(rows.getString(1), k -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        return byStatus;
    }

    long unsentStormMails() throws SQLException {
        return number("SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE '%@storm.example'"
                + " AND status IN ('PENDING', 'SENDING')");
    }

    /** Per group: {id, capacity, confirmed, waitlisted}. */
    List<long[]> places(Collection<Long> groups) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        for (long group : groups) {
            rows.add(new long[] {group, number("SELECT capacity FROM parent_group WHERE id = " + group),
                number("SELECT COUNT(*) FROM registration WHERE status = 'CONFIRMED' AND group_id = " + group),
                number("SELECT COUNT(*) FROM registration WHERE status = 'WAITLISTED' AND group_id = " + group)});
        }
        return rows;
    }

    /** Rows per table that a restore must bring back. */
    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("parent_group", "group_session", "participant", "registration", "knowledge_item",
                "knowledge_attachment_chunk", "outbox_mail", "user_account")) {
            counts.put(table, number("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    long number(String sql) throws SQLException {
        try (Connection db = connect(); var query = db.createStatement(); var rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        try (Connection db = connect(); var query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
