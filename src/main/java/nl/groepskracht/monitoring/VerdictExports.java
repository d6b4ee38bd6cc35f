package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.CsvFile;
import nl.groepskracht.monitoring.ParentVerdicts.VerdictRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents' evaluation scores as spreadsheet files, per group and per theme of the selection; the
 * evaluation module gives the figures ({@link ParentVerdicts}, with its own "fewer than five answers" rule).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
public class VerdictExports {

    private final List<ParentVerdicts> sources;
    private final CsvHeading heading;
    private final MessageSource messages;

    VerdictExports(List<ParentVerdicts> sources, CsvHeading heading, MessageSource messages) {
        this.sources = sources;
        this.heading = heading;
        this.messages = messages;
    }

    public CsvFile perGroup(MonitoringFilter filter, Locale language) {
        List<VerdictRow> rows = sources.stream().flatMap(s -> s.perGroup(filter).stream()).toList();
        return file("verdicts-groups", filter, language, List.of("monitoring.group", "monitoring.theme",
                "monitoring.wijk"), rows, true);
    }

    public CsvFile perTheme(MonitoringFilter filter, Locale language) {
        List<VerdictRow> rows = sources.stream().flatMap(s -> s.perTheme(filter).stream()).toList();
        return file("verdicts-themes", filter, language, List.of("monitoring.theme"), rows, false);
    }

    private CsvFile file(String table, MonitoringFilter filter, Locale language, List<String> names,
            List<VerdictRow> rows, boolean perGroup) {
        List<String> header = new ArrayList<>(names.stream().map(key -> text(key, language)).toList());
        rows.stream().findFirst().ifPresent(first -> first.verdicts()
                .forEach(v -> header.add(text(v.labelKey(), language))));
        List<List<Object>> lines = new ArrayList<>();
        for (VerdictRow row : rows) {
            List<Object> line = new ArrayList<>(perGroup ? List.of(row.name(), row.theme(), row.wijk())
                    : List.of(row.name()));
            row.verdicts().forEach(v -> line.add(v.figure().text(language)));
            lines.add(line);
        }
        return heading.file(table, filter, language, header, lines);
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
