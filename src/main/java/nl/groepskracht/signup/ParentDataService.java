package nl.groepskracht.signup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.SecureTokens;
import nl.groepskracht.group.GroupService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's own data behind their personal link: download it, or delete it. Deleting cancels
 * every registration (places move to the waiting list as with any cancellation), clears the
 * personal fields and makes the link stop working; anonymous counts for monitoring remain.
 */
@Service
public class ParentDataService {

    private final RegistrationRepository registrations;
    private final SignupService signups;
    private final GroupService groups;
    private final Clock clock;

    ParentDataService(RegistrationRepository registrations, SignupService signups, GroupService groups, Clock clock) {
        this.registrations = registrations;
        this.signups = signups;
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ParentData> export(String personalToken) {
        List<Registration> mine = mine(personalToken);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Participant parent = mine.getFirst().getParticipant();
        return Optional.of(new ParentData(parent.getName(), parent.getEmail(), parent.getPhone(),
                parent.getLanguage(), parent.getChildrenCount(), parent.getChildrenAges(), parent.getCreatedAt(),
                mine.stream().map(r -> new ParentData.RegistrationData(groups.ref(r.getGroupId()).name(),
                        r.getStatus(), r.getConsentVersion(), r.getConsentAt(), r.getCreatedAt(), r.getConfirmedAt(),
                        r.getCancelledAt())).toList()));
    }

    @Transactional
    public boolean delete(String personalToken) {
        List<Registration> mine = mine(personalToken);
        if (mine.isEmpty()) {
            return false;
        }
        mine.forEach(registration -> signups.cancel(personalToken, registration.getId()));
        mine.getFirst().getParticipant().anonymise(SecureTokens.newToken() + "-deleted", clock.instant());
        return true;
    }

    private List<Registration> mine(String personalToken) {
        return SecureTokens.looksValid(personalToken)
                ? registrations.findByParticipantPersonalTokenOrderByCreatedAtDesc(personalToken) : List.of();
    }
}
