package nl.groepskracht.monitoring;

import java.text.Normalizer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.csv.CsvFile;
import nl.groepskracht.base.csv.SpreadsheetCsv;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a monitoring CSV holds, said in its name ({@code wijk-thema_2025-08-01_2026-07-31_wijk-overvecht.csv})
 * and in its first lines: the table, the period, the selection, when it was made and what
 * "afgeschermd" means.
 */
@Component
class CsvHeading {

    private final DirectoryService directory;
    private final GroupNames groups;
    private final MessageSource messages;
    private final Clock clock;

    CsvHeading(DirectoryService directory, GroupNames groups, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.groups = groups;
        this.messages = messages;
        this.clock = clock;
    }

    /** The file of a table: its name, its first lines, the header and the rows. */
    CsvFile file(String table, MonitoringFilter filter, Locale language, List<String> header,
            List<? extends List<?>> rows) {
        return new CsvFile(fileName(text("monitoring.csv.file." + table, language), filter),
                SpreadsheetCsv.write(lines(table, filter, language), header, rows));
    }

    List<String> lines(String table, MonitoringFilter filter, Locale language) {
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        var moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language);
        List<String> lines = new ArrayList<>();
        lines.add(text("app.name", language) + " · " + text("monitoring.csv." + table, language));
        lines.add(text("monitoring.period.shown", language, filter.from().format(day), filter.to().format(day)));
        lines.add(text("monitoring.csv.selection", language, String.join(" · ", selection(filter, language))));
        lines.add(text("monitoring.csv.made", language, clock.instant().atZone(AppZone.ID).format(moment)));
        // what a hidden number reads as and means: "afgeschermd" for families, "< 5" for parents' answers
        lines.add(text(table.startsWith("verdicts") ? "monitoring.verdicts.few" : "monitoring.withheld.note",
                language));
        return lines;
    }

    String fileName(String table, MonitoringFilter filter) {
        List<String> parts = new ArrayList<>(List.of(table, filter.from().toString(), filter.to().toString()));
        if (filter.groupId() != null) {
            parts.add("groep-" + slug(groupName(filter.groupId())));
        }
        if (filter.wijkId() != null) {
            parts.add("wijk-" + slug(wijk(filter.wijkId())));
        }
        if (filter.themeId() != null) {
            parts.add("thema-" + slug(theme(filter.themeId())));
        }
        if (filter.organisationId() != null) {
            parts.add("organisatie-" + slug(organisation(filter.organisationId())));
        }
        return String.join("_", parts) + ".csv";
    }

    private List<String> selection(MonitoringFilter filter, Locale language) {
        String all = text("monitoring.csv.all", language);
        List<String> parts = new ArrayList<>();
        if (filter.groupId() != null) {
            parts.add(text("monitoring.group", language) + ": " + groupName(filter.groupId()));
        }
        parts.add(text("monitoring.wijk", language) + ": " + (filter.wijkId() == null ? all : wijk(filter.wijkId())));
        parts.add(text("monitoring.theme", language) + ": "
                + (filter.themeId() == null ? all : theme(filter.themeId())));
        parts.add(text("monitoring.organisation", language) + ": "
                + (filter.organisationId() == null ? all : organisation(filter.organisationId())));
        return parts;
    }

    private String groupName(long id) {
        var group = groups.of(List.of(id)).get(id);
        return group == null ? String.valueOf(id) : group.name();
    }

    private String wijk(long id) {
        return directory.allWijken().stream().filter(w -> w.id() == id).map(WijkItem::name).findFirst().orElse("");
    }

    private String theme(long id) {
        return directory.allThemes().stream().filter(t -> t.id() == id).map(ThemeItem::name).findFirst().orElse("");
    }

    private String organisation(long id) {
        return directory.allOrganisations().stream().filter(o -> o.id() == id).map(OrganisationItem::name).findFirst()
                .orElse("");
    }

    /** Lower case letters and digits with dashes, accents folded: safe in any file system. */
    static String slug(String name) {
        String folded = Normalizer.normalize(Objects.requireNonNullElse(name, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, language);
    }
}
