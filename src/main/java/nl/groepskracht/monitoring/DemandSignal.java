package nl.groepskracht.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.groepskracht.base.AbstractEntity;

/** A recurring question noticed in a wijk: where a group could start. Closed ("opgepakt") when taken up. */
@Entity
@Table(name = "monitoring_demand_signal")
class DemandSignal extends AbstractEntity {

    @Column(name = "theme_id")
    private long themeId;
    @Column(name = "wijk_id")
    private long wijkId;
    @Column(name = "organisation_id")
    private long organisationId;
    private int families;
    private String note;
    @Column(name = "noticed_on")
    private LocalDate noticedOn;
    @Enumerated(EnumType.STRING)
    private SignalStatus status = SignalStatus.OPEN;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DemandSignal() {
    }

    DemandSignal(String recordedBy, Instant now) {
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    void apply(DemandSignalDraft draft) {
        themeId = draft.getThemeId();
        wijkId = draft.getWijkId();
        organisationId = draft.getOrganisationId();
        families = draft.getFamilies();
        note = draft.getNote() == null || draft.getNote().isBlank() ? null : draft.getNote().strip();
        noticedOn = draft.getNoticedOn();
    }

    void close(Instant now) {
        status = SignalStatus.CLOSED;
        closedAt = now;
    }

    void reopen() {
        status = SignalStatus.OPEN;
        closedAt = null;
    }

    DemandSignalItem toItem() {
        return new DemandSignalItem(getId(), themeId, wijkId, organisationId, families, note, noticedOn, status,
                recordedBy);
    }
}
