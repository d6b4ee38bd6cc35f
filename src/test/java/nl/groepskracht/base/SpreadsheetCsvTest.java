package nl.groepskracht.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.groepskracht.base.csv.SpreadsheetCsv;
import nl.groepskracht.support.SpreadsheetFiles;
import org.junit.jupiter.api.Test;

/** Exports open in Dutch Excel without running anything a parent typed into a form. */
class SpreadsheetCsvTest {

    @Test
    void cells_that_a_spreadsheet_would_run_as_a_formula_are_neutralised_and_phone_numbers_are_not_mangled() {
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCsv.cell("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(SpreadsheetCsv.cell("-2+3+cmd")).startsWith("'-");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).startsWith("'@");
        assertThat(SpreadsheetCsv.cell("\t=1")).startsWith("'\t");
        assertThat(SpreadsheetCsv.cell("\r=1")).startsWith("'\r");
        assertThat(SpreadsheetCsv.cell("+31 6 1234 5678")).isEqualTo("+31 6 1234 5678");
        assertThat(SpreadsheetCsv.cell("-5")).isEqualTo("-5");
        assertThat(SpreadsheetCsv.cell("Zoë O'Brien")).isEqualTo("Zoë O'Brien");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
    }

    @Test
    void the_file_has_a_byte_order_mark_semicolons_and_survives_quotes_and_line_breaks() {
        byte[] file = SpreadsheetCsv.write(List.of("Naam", "Notitie"),
                List.of(List.of("Fatima; El Amrani", "zei \"ja\"\nen toen"), List.of("=1+1", "+31 6 1234 5678")));
        List<List<String>> rows = SpreadsheetFiles.read(file);
        assertThat(rows).containsExactly(List.of("Naam", "Notitie"), List.of("Fatima; El Amrani", "zei \"ja\"\nen toen"),
                List.of("'=1+1", "+31 6 1234 5678"));
    }
}
