package nl.groepskracht.group;

import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.stereotype.Component;

/** What a group's draft must satisfy beyond its Bean Validation rules, each refusal named at its field. */
@Component
class GroupRules {

    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;

    GroupRules(DirectoryService directory, ProfessionalDirectory professionals) {
        this.directory = directory;
        this.professionals = professionals;
    }

    void check(GroupDraft draft) {
        if (draft.getFacilitatorIds().isEmpty()) {
            throw new FieldValidationException("facilitatorIds", "group.facilitators.required");
        }
        if (draft.getSignupMode() == SignupMode.REGISTRATION && draft.getCapacity() == null) {
            throw new FieldValidationException("capacity", "group.capacity.required");
        }
        if (!directory.themeExists(draft.getThemeId())) {
            throw new FieldValidationException("themeId", "validation.unknown");
        }
        if (!directory.wijkExists(draft.getWijkId())) {
            throw new FieldValidationException("wijkId", "validation.unknown");
        }
        if (draft.getOrganisationId() != null && !directory.organisationExists(draft.getOrganisationId())) {
            throw new FieldValidationException("organisationId", "validation.unknown");
        }
        boolean reachable = draft.getContactPhone() != null && !draft.getContactPhone().isBlank()
                || draft.getContactEmail() != null && !draft.getContactEmail().isBlank();
        if (draft.getContactName() != null && !draft.getContactName().isBlank() && !reachable) {
            throw new FieldValidationException("contactPhone", "group.contact.reachable");
        }
        Set<Long> known = professionals.facilitators().stream().map(Professional::id).collect(Collectors.toSet());
        if (!known.containsAll(draft.getFacilitatorIds())) {
            throw new FieldValidationException("facilitatorIds", "validation.unknown");
        }
    }
}
