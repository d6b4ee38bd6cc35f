package nl.groepskracht.monitoring;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.directory.DirectoryService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Demand signals: facilitators and the adviseur record where parents keep asking the same question;
 * the dashboard shows them beside the groups, and lists those no group answers yet.
 */
@Service
@Validated
public class DemandSignals {

    /** Who records and reads signals: the account as it is now (see {@code Roles}). */
    static final String SIGNAL_ROLES = "@currentAccount.hasAnyRole('FACILITATOR', 'ADVISEUR')";

    private final DemandSignalRepository signals;
    private final DirectoryService directory;
    private final Submissions submissions;
    private final Clock clock;

    DemandSignals(DemandSignalRepository signals, DirectoryService directory, Submissions submissions, Clock clock) {
        this.signals = signals;
        this.directory = directory;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SIGNAL_ROLES)
    public Page<DemandSignalItem> list(Long wijkId, Long themeId, SignalStatus status, Pageable page) {
        return signals.search(wijkId, themeId, status, page).map(DemandSignal::toItem);
    }

    /** Records ({@code id == null}, once per form submission) or corrects a signal; returns its id. */
    @Transactional
    @PreAuthorize(SIGNAL_ROLES)
    public long save(Long id, @Valid DemandSignalDraft draft) {
        check(draft);
        if (id != null) {
            DemandSignal signal = signals.findById(id).orElseThrow();
            signal.apply(draft);
            return signals.saveAndFlush(signal).getId();
        }
        return submissions.once(draft.submissionKey(), "demand-signal", () -> {
            var signal = new DemandSignal(SecurityContextHolder.getContext().getAuthentication().getName(),
                    clock.instant());
            signal.apply(draft);
            return signals.saveAndFlush(signal).getId();
        }).id();
    }

    /** "Opgepakt": a group takes the question up; the signal no longer counts as unmet demand. */
    @Transactional
    @PreAuthorize(SIGNAL_ROLES)
    public void close(long id) {
        signals.findById(id).orElseThrow().close(clock.instant());
    }

    @Transactional
    @PreAuthorize(SIGNAL_ROLES)
    public void reopen(long id) {
        signals.findById(id).orElseThrow().reopen();
    }

    private void check(DemandSignalDraft draft) {
        if (!directory.themeExists(draft.getThemeId())) {
            throw new FieldValidationException("themeId", "validation.unknown");
        }
        if (!directory.wijkExists(draft.getWijkId())) {
            throw new FieldValidationException("wijkId", "validation.unknown");
        }
        if (!directory.organisationExists(draft.getOrganisationId())) {
            throw new FieldValidationException("organisationId", "validation.unknown");
        }
        if (draft.getNoticedOn().isAfter(LocalDate.now(clock.withZone(AppZone.ID)))) {
            throw new FieldValidationException("noticedOn", "demand.noticed.future");
        }
    }
}
