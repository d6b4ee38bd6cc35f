package nl.groepskracht.monitoring;

import java.time.LocalDate;

/** A demand signal as the list shows it. */
public record DemandSignalItem(long id, long themeId, long wijkId, long organisationId, int families, String note,
        LocalDate noticedOn, SignalStatus status, String recordedBy) {

    public DemandSignalDraft toDraft() {
        var draft = new DemandSignalDraft();
        draft.setThemeId(themeId);
        draft.setWijkId(wijkId);
        draft.setOrganisationId(organisationId);
        draft.setFamilies(families);
        draft.setNote(note);
        draft.setNoticedOn(noticedOn);
        return draft;
    }
}
