package nl.groepskracht.group;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.privacy.AuditNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit log names groups by their name (it stores their id). */
@Component
class GroupNamesForAudit implements AuditNames.Groups {

    private final ParentGroupRepository groups;

    GroupNamesForAudit(ParentGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> groupIds) {
        return groups.findAllById(groupIds).stream()
                .collect(Collectors.toMap(ParentGroup::getId, ParentGroup::getName));
    }
}
