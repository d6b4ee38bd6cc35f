package nl.groepskracht.group;

import java.time.LocalDate;
import java.util.Set;

/** Everything about one group; {@code manageable} tells whether the signed-in user may change it. */
public record GroupDetails(long id, String name, long themeId, long wijkId, String description, AgeRange ageRange,
        SignupMode signupMode, Integer capacity, String location, GroupStatus status, Set<Long> facilitatorIds,
        LocalDate startsOn, LocalDate endsOn, boolean manageable) {

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
        return draft;
    }
}
