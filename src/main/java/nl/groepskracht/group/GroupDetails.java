package nl.groepskracht.group;

import java.time.LocalDate;
import java.util.Set;

/** Everything about one group; {@code manageable} tells whether the signed-in user may change it. */
public record GroupDetails(long id, String name, long themeId, long wijkId, String description, AgeRange ageRange,
        SignupMode signupMode, Integer capacity, String location, GroupStatus status, Set<Long> facilitatorIds,
        LocalDate startsOn, LocalDate endsOn, boolean manageable, java.time.Instant closedAt, GroupContact contact) {

    /** How long after closing a group can be reopened by its facilitators. */
    public static final java.time.Duration REOPEN_WITHIN = java.time.Duration.ofDays(30);

    /** Until when a closed group can be reopened (null when it is not closed). */
    public java.time.Instant reopenableUntil() {
        return closedAt == null ? null : closedAt.plus(REOPEN_WITHIN);
    }

    public GroupDraft toDraft() {
        var draft = new GroupDraft();
        draft.setName(name);
        draft.setThemeId(themeId);
        draft.setWijkId(wijkId);
        draft.setDescription(description);
        draft.setAgeRange(ageRange);
        draft.setSignupMode(signupMode);
        draft.setCapacity(capacity);
        draft.setLocation(location);
        draft.setFacilitatorIds(Set.copyOf(facilitatorIds));
        draft.setOrganisationId(contact.organisationId());
        draft.setContactName(contact.name());
        draft.setContactPhone(contact.phone());
        draft.setContactEmail(contact.email());
        draft.setCost(contact.cost());
        return draft;
    }
}
