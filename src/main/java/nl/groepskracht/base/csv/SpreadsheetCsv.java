package nl.groepskracht.base.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files that open correctly in Dutch Excel: semicolon separator, UTF-8 with a byte order mark,
 * CRLF line ends. Every cell is neutralised against formula injection (OWASP "CSV injection"): a
 * text starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, except
 * plain numbers, dates and phone numbers such as {@code +31 6 1234 5678}, which cannot carry a
 * formula and are left as they are.
 */
public final class SpreadsheetCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9][0-9 ()./,-]*");
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private SpreadsheetCsv() {
    }

    /** The file: header row and rows, as bytes (UTF-8 with BOM). Null cells are empty. */
    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows) {
        return write(List.of(), header, rows);
    }

    /**
     * The file with lines before the table that say what it holds (each line one cell, then an empty
     * line), the header row and the rows.
     */
    public static byte[] write(List<String> preamble, List<String> header, Iterable<? extends List<?>> rows) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, FORMAT)) {
            for (String line : preamble) {
                csv.printRecord(cell(line));
            }
            if (!preamble.isEmpty()) {
                csv.println();
            }
            csv.printRecord(header.stream().map(SpreadsheetCsv::cell).toList());
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** One cell as text, neutralised. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.isEmpty() || NUMBER_LIKE.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
