package nl.groepskracht.privacy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines of the audit log a query selects as a spreadsheet file, for an inquiry: oldest first, each
 * with its time to the second, the sentence and the plain facts beside it (login name, action code, group
 * and account ids), so the file can be sorted and filtered further. The export itself is a line in the log.
 */
@Service
public class AuditExport {

    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(AppZone.ID);
    private final AuditLog log;
    private final AuditSentences sentences;
    private final MessageSource messages;

    AuditExport(AuditLog log, AuditSentences sentences, MessageSource messages) {
        this.log = log;
        this.sentences = sentences;
        this.messages = messages;
    }

    @Transactional
    @PreAuthorize(Roles.ONLY_ADMIN)
    public byte[] csv(AuditQuery query, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        Page<AuditEntry> page = log.list(query, PageRequest.of(0, PAGE, Sort.by("at", "id")));
        while (true) {
            page.forEach(entry -> rows.add(row(entry, locale)));
            if (!page.hasNext()) {
                break;
            }
            page = log.list(query, page.nextPageable());
        }
        log.record(AuditAction.AUDIT_LOG_EXPORTED, null, "rows " + rows.size());
        List<String> header = List.of("at", "who", "login", "action", "what", "group", "group-id", "account",
                "account-id", "registration-id", "detail").stream()
                .map(key -> messages.getMessage("audit.csv." + key, null, locale)).toList();
        return SpreadsheetCsv.write(header, rows);
    }

    private List<Object> row(AuditEntry entry, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(TIME.format(entry.at()));
        row.add(sentences.who(entry, locale));
        row.add(entry.actor());
        row.add(entry.action().name());
        row.add(sentences.what(entry, locale));
        row.add(entry.group() == null ? null : sentences.group(entry.group(), locale));
        row.add(entry.groupId());
        row.add(entry.subjectAccountId() == null ? null : sentences.subject(entry));
        row.add(entry.subjectAccountId());
        row.add(entry.registrationId());
        row.add(sentences.note(entry, locale));
        return row;
    }
}
