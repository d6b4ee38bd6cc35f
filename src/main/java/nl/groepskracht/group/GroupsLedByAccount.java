package nl.groepskracht.group;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.groepskracht.security.LedGroups;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open and running groups an account facilitates, and who else leads each of them. */
@Component
class GroupsLedByAccount implements LedGroups {

    private final ParentGroupRepository groups;
    private final ProfessionalDirectory professionals;
    private final Clock clock;

    GroupsLedByAccount(ParentGroupRepository groups, ProfessionalDirectory professionals, Clock clock) {
        this.groups = groups;
        this.professionals = professionals;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedGroup> ledBy(long accountId) {
        var now = clock.instant();
        return groups.findAllById(groups.idsFacilitatedBy(accountId)).stream()
                .filter(g -> g.statusAt(now) == GroupStatus.OPEN || g.statusAt(now) == GroupStatus.RUNNING)
                .map(g -> new LedGroup(g.getId(), g.getName(), professionals.activeFacilitators(
                        g.getFacilitatorIds().stream().filter(id -> id != accountId).toList()).stream()
                        .map(Professional::name).sorted().toList()))
                .sorted(Comparator.comparing(LedGroup::name)).toList();
    }
}
