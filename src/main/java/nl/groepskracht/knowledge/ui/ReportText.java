package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.attendance.HeadCount;
import nl.groepskracht.attendance.SessionSummaries.SessionSummary;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.knowledge.KnowledgeDraft;
import nl.groepskracht.knowledge.SessionReports.ReportStart;

/** The first text of a session report: title and body from the report template, in the reader's language. */
record ReportText(ReportStart start) {

    KnowledgeDraft draft() {
        UI ui = UI.getCurrent();
        SessionSummary summary = start.summary();
        String date = summary.session().start().withZoneSameInstant(AppZone.ID)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ui.getLocale()));
        HeadCount count = summary.headCount();
        String attendance = count != null
                ? ui.getTranslation("knowledge.report.head-count", count.adults(), count.children())
                : ui.getTranslation("knowledge.report.present", summary.present(), summary.withPlace());
        String note = summary.note() == null ? ui.getTranslation("knowledge.report.no-note") : summary.note();
        KnowledgeDraft draft = start.draft();
        draft.setTitle(ui.getTranslation("knowledge.report.title", start.groupName(), date));
        draft.setSummary(ui.getTranslation("knowledge.report.summary", date));
        draft.setBody(ui.getTranslation("knowledge.report.body", date, attendance, note));
        return draft;
    }
}
