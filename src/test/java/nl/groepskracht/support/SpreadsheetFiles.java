package nl.groepskracht.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an exported file as Dutch Excel does: a byte order mark, then semicolon-separated UTF-8. */
public final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    /** The table of a file that starts with lines saying what it holds: the rows after the first empty line. */
    public static List<List<String>> table(byte[] file) {
        List<List<String>> rows = read(file);
        int blank = 0;
        while (blank < rows.size() && !(rows.get(blank).size() == 1 && rows.get(blank).getFirst().isEmpty())) {
            blank++;
        }
        return blank == rows.size() ? rows : rows.subList(blank + 1, rows.size());
    }

    /** The lines before the table. */
    public static List<String> preamble(byte[] file) {
        List<List<String>> rows = read(file);
        return rows.subList(0, rows.size() - table(file).size() - 1).stream().map(List::getFirst).toList();
    }

    public static List<List<String>> read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte order mark: Excel would not read it as UTF-8");
        }
        try {
            return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                    .getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
