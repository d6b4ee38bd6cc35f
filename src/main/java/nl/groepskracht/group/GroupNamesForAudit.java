package nl.groepskracht.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.privacy.AuditNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit log names groups by name, wijk and first day (it stores their id): two "Samen sterk" differ. */
@Component
@Transactional(readOnly = true)
class GroupNamesForAudit implements AuditNames.Groups {

    private final ParentGroupRepository groups;
    private final DirectoryService directory;

    GroupNamesForAudit(ParentGroupRepository groups, DirectoryService directory) {
        this.groups = groups;
        this.directory = directory;
    }

    @Override
    public Map<Long, AuditNames.GroupLabel> labels(Collection<Long> groupIds) {
        Map<Long, String> wijken = wijken();
        return groups.findAllById(groupIds).stream()
                .collect(Collectors.toMap(ParentGroup::getId, g -> label(g, wijken)));
    }

    @Override
    public List<AuditNames.GroupLabel> find(String text, int offset, int limit) {
        Map<Long, String> wijken = wijken();
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("name", "startsOn", "id"));
        return groups.findByNameContainingIgnoreCase(text, page).stream().map(g -> label(g, wijken)).toList();
    }

    private Map<Long, String> wijken() {
        return directory.allWijken().stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
    }

    private static AuditNames.GroupLabel label(ParentGroup group, Map<Long, String> wijken) {
        return new AuditNames.GroupLabel(group.getId(), group.getName(), wijken.getOrDefault(group.getWijkId(), ""),
                group.getStartsOn());
    }
}
