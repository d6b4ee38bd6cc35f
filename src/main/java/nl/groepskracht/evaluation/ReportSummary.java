package nl.groepskracht.evaluation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.PeriodChoice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Page one of the report: the key figures beside the previous period's, and three sentences written from
 * them (reach, attendance, the parents' verdict). A hidden figure ("afgeschermd": the "&lt; 5" rule or the
 * period's secondary suppression) is never put in a sentence as a number, and no difference is computed with one.
 */
@Component
class ReportSummary {

    private final MessageSource messages;

    ReportSummary(MessageSource messages) {
        this.messages = messages;
    }

    /** What one period shows: the monitoring's headline figures and the parents' verdict. */
    record Side(ImpactReport.Period period, Figures figures, Verdict verdict) {
    }

    List<ImpactReport.KeyFigure> keyFigures(Side now, Side before, Locale locale) {
        List<ImpactReport.KeyFigure> rows = new ArrayList<>();
        rows.add(row("groups", "monitoring.figure.groups", now.figures().groups(), before.figures().groups(), locale));
        rows.add(row("sessions", "monitoring.figure.sessions", now.figures().sessionsHeld(),
                before.figures().sessionsHeld(), locale));
        rows.add(row("bereik", "monitoring.figure.bereik", now.figures().bereik(), before.figures().bereik(), locale));
        rows.add(new ImpactReport.KeyFigure("walk-in", text("report.figure.walk-in", locale), walkIn(now, locale),
                walkIn(before, locale), false));
        rows.add(new ImpactReport.KeyFigure("walk-in-sessions", text("monitoring.figure.walk-in-sessions", locale),
                now.figures().walkInSessions().text(locale), before.figures().walkInSessions().text(locale), false));
        rows.add(row("opkomst", "monitoring.figure.opkomst", now.figures().opkomst(), before.figures().opkomst(),
                locale));
        rows.add(row("uitval", "monitoring.figure.uitval", now.figures().uitval(), before.figures().uitval(), locale));
        rows.add(row("vulling", "monitoring.figure.vulling", now.figures().vulling(), before.figures().vulling(),
                locale));
        rows.add(new ImpactReport.KeyFigure("waiting", text("report.figure.waiting", locale),
                now.figures().waiting().text(locale), Figure.NONE, now.figures().waiting().hidden()));
        rows.add(new ImpactReport.KeyFigure("verdict", text("report.figure.verdict", locale), verdict(now, locale),
                verdict(before, locale), false));
        return rows;
    }

    List<String> sentences(Side now, Side before, Locale locale) {
        return List.of(reach(now, before, locale), attendance(now, before, locale), verdictSentence(now, before,
                locale));
    }

    private String reach(Side now, Side before, Locale locale) {
        Figures f = now.figures();
        String when = when(now.period(), locale);
        if (f.sessionsHeld().value() == 0) {
            return text("report.sentence.reach.none", locale, when);
        }
        long adults = (long) f.walkInAdults().value();
        long children = (long) f.walkInChildren().value();
        long walkInSessions = (long) f.walkInSessions().value();
        if (f.bereik().empty() && walkInSessions > 0) {
            // only walk-in groups met: no families to count, so the visits are the reach (never "0 gezinnen")
            return text("report.sentence.reach.walk-in-only", locale, when, adults, children, walkInSessions);
        }
        String families = f.bereik().hidden() ? text("report.families.few", locale)
                : text("report.families", locale, f.bereik().text(locale), (long) f.bereik().value());
        String compared = compare(f.bereik(), before.figures().bereik(), before.period(), locale);
        return walkInSessions == 0 ? text("report.sentence.reach", locale, when, families, compared)
                : text("report.sentence.reach.walk-in", locale, when, families, compared, adults, children,
                        walkInSessions);
    }

    private String attendance(Side now, Side before, Locale locale) {
        Figure opkomst = now.figures().opkomst();
        if (opkomst.empty()) {
            return text("report.sentence.attendance.none", locale);
        }
        if (opkomst.hidden()) {
            return text("report.sentence.attendance.few", locale);
        }
        Figure previous = before.figures().opkomst();
        String earlier = previous.empty() || previous.hidden() ? ""
                : text("report.sentence.earlier", locale, beforeName(before.period(), locale), previous.text(locale));
        Figure uitval = now.figures().uitval();
        return uitval.hidden() || uitval.empty()
                ? text("report.sentence.attendance", locale, opkomst.text(locale), earlier)
                : text("report.sentence.attendance.uitval", locale, opkomst.text(locale), earlier,
                        uitval.text(locale));
    }

    private String verdictSentence(Side now, Side before, Locale locale) {
        if (!now.verdict().enough()) {
            return text("report.sentence.verdict.few", locale);
        }
        Figure usefulness = now.verdict().score(Question.USEFULNESS).average();
        String earlier = before.verdict().enough() ? text("report.sentence.earlier", locale,
                beforeName(before.period(), locale),
                before.verdict().score(Question.USEFULNESS).average().text(locale)) : "";
        return text("report.sentence.verdict", locale, (long) now.verdict().answers().value(),
                usefulness.text(locale), earlier);
    }

    /** ", 4 meer dan in schooljaar 2024–2025": only when both numbers may be shown. */
    private String compare(Figure now, Figure before, ImpactReport.Period period, Locale locale) {
        if (now.hidden() || before.hidden() || before.empty()) {
            return "";
        }
        long difference = Math.round(now.value() - before.value());
        String name = beforeName(period, locale);
        if (difference == 0) {
            return text("report.compare.same", locale, name);
        }
        return text(difference > 0 ? "report.compare.more" : "report.compare.fewer", locale, Math.abs(difference),
                name);
    }

    private String when(ImpactReport.Period period, Locale locale) {
        return schoolYear(period) ? text("report.when.school-year", locale, period.from().getYear(),
                period.to().getYear()) : text("report.when.period", locale, day(period.from(), locale),
                day(period.to(), locale));
    }

    private String beforeName(ImpactReport.Period period, Locale locale) {
        return schoolYear(period) ? text("report.before.school-year", locale, period.from().getYear(),
                period.to().getYear()) : text("report.before.period", locale, day(period.from(), locale),
                day(period.to(), locale));
    }

    private static boolean schoolYear(ImpactReport.Period period) {
        var year = PeriodChoice.schoolYear(period.from());
        return year[0].equals(period.from()) && year[1].equals(period.to());
    }

    private String walkIn(Side side, Locale locale) {
        return text("report.figure.walk-in.value", locale, side.figures().walkInAdults().text(locale),
                side.figures().walkInChildren().text(locale));
    }

    private String verdict(Side side, Locale locale) {
        if (!side.verdict().enough()) {
            return side.verdict().answers().value() == 0 ? Figure.NONE : "n " + Figure.HIDDEN;
        }
        return text("report.figure.verdict.value", locale,
                side.verdict().score(Question.USEFULNESS).average().text(locale), side.verdict().answers().text(locale));
    }

    private ImpactReport.KeyFigure row(String id, String label, Figure now, Figure before, Locale locale) {
        return new ImpactReport.KeyFigure(id, text(label, locale), now.text(locale), before.text(locale),
                now.hidden() || before.hidden());
    }

    private static String day(java.time.LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
