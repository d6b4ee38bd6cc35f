package nl.groepskracht.signup;

import java.util.List;
import nl.groepskracht.base.Roles;
import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupSummary;
import nl.groepskracht.schedule.DemoGroups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Demo parents in the demo group that meets today, added as a facilitator would after a phone call. */
@Component
@Order(20)
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
class DemoParents implements ApplicationRunner {

    /** Names and phone numbers (one has none); the long name shows that lists and sheets do not cut names off. */
    private static final List<List<String>> PARENTS = List.of(List.of("Amina Benali", "06 1234 5678"),
            List.of("Bas de Jong", ""), List.of("Şükrü Yıldırım-van der Heijden", "06 2345 6789"));
    private final GroupService groups;
    private final PhoneSignups phoneSignups;
    private final RegistrationRepository registrations;

    DemoParents(GroupService groups, PhoneSignups phoneSignups, RegistrationRepository registrations) {
        this.groups = groups;
        this.phoneSignups = phoneSignups;
        this.registrations = registrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "facilitator@groepskracht.demo", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.FACILITATOR))));
        try {
            groups.list(GroupFilter.none(), PageRequest.of(0, 50)).stream()
                    .filter(g -> g.name().equals(DemoGroups.TODAY_GROUP)).map(GroupSummary::id).findFirst()
                    .filter(id -> registrations.countByGroupIdAndStatus(id, RegistrationStatus.CONFIRMED) == 0)
                    .ifPresent(this::addParents);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void addParents(long groupId) {
        for (List<String> parent : PARENTS) {
            String name = parent.get(0);
            String address = java.text.Normalizer.normalize(name.toLowerCase(), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('ı', 'i').replaceAll("[^a-z]+", ".") + "@ouder.demo";
            phoneSignups.add(groupId, PhoneSignup.of(name, address, parent.get(1).isEmpty() ? null : parent.get(1)));
        }
    }
}
