package nl.groepskracht.calendar;

import java.util.Collection;
import java.util.List;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.stereotype.Component;

/** The group's facilitators are invited to all of its sessions; their invites name the group. */
@Component
class FacilitatorInvitees implements InviteeSource {

    private final GroupService groups;
    private final ProfessionalDirectory professionals;

    FacilitatorInvitees(GroupService groups, ProfessionalDirectory professionals) {
        this.groups = groups;
        this.professionals = professionals;
    }

    @Override
    public List<Invitee> invitees(long groupId) {
        return of(groups.ref(groupId).facilitatorIds());
    }

    List<Invitee> of(Collection<Long> userIds) {
        return professionals.activeFacilitators(userIds).stream()
                .map(p -> new Invitee(p.email(), p.name(), Languages.DUTCH, true)).toList();
    }
}
