package nl.groepskracht.base.csv;

/** A spreadsheet file to download: its name (what it holds, e.g. table, period, selection) and content. */
public record CsvFile(String name, byte[] content) {
}
