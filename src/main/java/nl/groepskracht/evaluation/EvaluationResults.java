package nl.groepskracht.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the professionals read: a facilitator the results of the groups they facilitate, the adviseur
 * (and administrator) those of every group, per theme and per wijk. Open answers and every figure are
 * shown only once five or more parents answered. The adviseur marks open answers as quotes.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationResults {

    private final AnswerQueries answers;
    private final OpenAnswers open;
    private final EvaluatedGroups evaluated;
    private final GroupService groups;
    private final ProfessionalDirectory professionals;
    private final DirectoryService directory;
    private final Clock clock;

    EvaluationResults(AnswerQueries answers, OpenAnswers open, EvaluatedGroups evaluated, GroupService groups,
            ProfessionalDirectory professionals, DirectoryService directory, Clock clock) {
        this.answers = answers;
        this.open = open;
        this.evaluated = evaluated;
        this.groups = groups;
        this.professionals = professionals;
        this.directory = directory;
        this.clock = clock;
    }

    /** One group's results; for its facilitators, the adviseur and the administrator. */
    @PreAuthorize(Roles.ACTIVE)
    public GroupResults group(long groupId) {
        if (!groups.canRead(groupId)) {
            throw new AccessDeniedException("not a facilitator of group " + groupId);
        }
        Verdict verdict = verdictOf(groupId);
        Role role = professionals.requireCurrent().role();
        boolean enough = verdict.enough();
        return new GroupResults(groupId, groups.ref(groupId).name(), verdict,
                enough ? open.of(groupId, OpenField.MOST_VALUABLE) : List.of(),
                enough ? open.of(groupId, OpenField.COULD_BE_BETTER) : List.of(),
                role != Role.FACILITATOR, role == Role.FACILITATOR);
    }

    /** The groups one facilitates that asked their parents, the most recently ended first. */
    @PreAuthorize(Roles.ONLY_FACILITATOR)
    public Page<GroupLine> myGroups(Pageable page) {
        Professional me = professionals.requireCurrent();
        return evaluated.facilitatedBy(me.id(), page).map(this::line);
    }

    /** Every group with a session held in the selection's period that asked its parents. */
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public Page<GroupLine> groups(MonitoringFilter filter, Pageable page) {
        return evaluated.inSelection(filter, now(), page).map(this::line);
    }

    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public List<VerdictLine> perTheme(MonitoringFilter filter) {
        return lines(filter, AnswerQueries.By.THEME, directory.allThemes().stream()
                .collect(Collectors.toMap(ThemeItem::id, ThemeItem::name)));
    }

    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public List<VerdictLine> perWijk(MonitoringFilter filter) {
        return lines(filter, AnswerQueries.By.WIJK, directory.allWijken().stream()
                .collect(Collectors.toMap(WijkItem::id, WijkItem::name)));
    }

    /** The whole selection in one verdict (the dashboard, the report). */
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public Verdict total(MonitoringFilter filter) {
        return verdicts(filter, AnswerQueries.By.TOTAL).getOrDefault(0L, Verdict.of(Verdict.Tally.NONE, 0));
    }

    /** The adviseur takes an open answer into (or out of) the impact report's quotes. */
    @Transactional
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public void quote(long answerId, OpenField field, boolean quoted) {
        if (!verdictOf(open.groupOf(answerId)).enough()) {
            throw new AccessDeniedException("too few answers to quote from");
        }
        open.mark(answerId, field, quoted);
    }

    Map<Long, Verdict> verdicts(MonitoringFilter filter, AnswerQueries.By by) {
        Instant now = now();
        Map<Long, Verdict.Tally> tallies = answers.tallies(filter, now, by);
        Map<Long, Long> invited = answers.invited(filter, now, by);
        var keys = new java.util.HashSet<>(tallies.keySet());
        keys.addAll(invited.keySet());
        return keys.stream().collect(Collectors.toMap(Function.identity(), k -> Verdict.of(
                tallies.getOrDefault(k, Verdict.Tally.NONE), invited.getOrDefault(k, 0L))));
    }

    private List<VerdictLine> lines(MonitoringFilter filter, AnswerQueries.By by, Map<Long, String> names) {
        return verdicts(filter, by).entrySet().stream()
                .map(e -> new VerdictLine(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(java.util.Comparator.comparing(VerdictLine::name)).toList();
    }

    private GroupLine line(EvaluatedGroups.Row row) {
        return new GroupLine(row.id(), row.name(), directory.allThemes().stream().filter(t -> t.id() == row.themeId())
                .map(ThemeItem::name).findFirst().orElse(""), directory.allWijken().stream()
                .filter(w -> w.id() == row.wijkId()).map(WijkItem::name).findFirst().orElse(""), row.endsOn(),
                verdictOf(row.id()));
    }

    /** A group's verdict over its whole life (a group is evaluated once, when it is over). */
    Verdict verdictOf(long groupId) {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        MonitoringFilter whole = MonitoringFilter.period(LocalDate.of(2000, 1, 1), today.plusDays(1)).withGroup(groupId);
        return verdicts(whole, AnswerQueries.By.GROUP).getOrDefault(groupId, Verdict.of(Verdict.Tally.NONE, 0));
    }

    private Instant now() {
        return clock.instant();
    }
}
