package nl.groepskracht.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groepskracht.base.AccessRule;
import nl.groepskracht.base.AppZone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: groups of the past, as the services would have left them (the services refuse the
 * past). The demos of other modules write their history through this, never into this module's tables.
 */
@Component
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
@AccessRule("no person: the demo data written at start (groepskracht.demo-data.enabled)")
public class GroupDemoSupport {

    private final ParentGroupRepository groups;

    GroupDemoSupport(ParentGroupRepository groups) {
        this.groups = groups;
    }

    /**
     * A group that met in the past: running, or closed at the start of the day after {@code last}. Its
     * period is recorded when its sessions are ({@code ScheduleDemoSupport}).
     */
    @Transactional
    public long pastGroup(GroupDraft draft, boolean closed, LocalDate last, Instant created) {
        var group = new ParentGroup(created);
        group.apply(draft);
        if (closed) {
            group.close(last.plusDays(1).atStartOfDay(AppZone.ID).toInstant());
        } else {
            group.moveTo(GroupStatus.RUNNING);
        }
        return groups.saveAndFlush(group).getId();
    }

    /** The groups with this name (the demos find the groups of an earlier demo by name). */
    @Transactional(readOnly = true)
    public List<Long> named(String name) {
        return groups.findAll().stream().filter(g -> g.getName().equals(name)).map(ParentGroup::getId).sorted()
                .toList();
    }
}
