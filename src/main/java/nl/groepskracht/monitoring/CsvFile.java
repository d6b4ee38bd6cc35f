package nl.groepskracht.monitoring;

/** A spreadsheet file of the monitoring: its name (what it holds: table, period, selection) and content. */
public record CsvFile(String name, byte[] content) {
}
