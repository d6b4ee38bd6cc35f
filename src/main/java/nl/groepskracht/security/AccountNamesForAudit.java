package nl.groepskracht.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.groepskracht.privacy.AuditNames;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log names professionals by their display name (it stores their login name, the e-mail
 * address, and their account id).
 */
@Component
@Transactional(readOnly = true)
class AccountNamesForAudit implements AuditNames.Actors {

    private final UserAccountRepository users;

    AccountNamesForAudit(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> loginNames) {
        return users.findByEmailIn(loginNames).stream()
                .collect(Collectors.toMap(UserAccount::getEmail, UserAccount::getDisplayName));
    }

    @Override
    public Map<Long, String> displayNamesById(Collection<Long> accountIds) {
        return users.findAllById(accountIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    @Override
    public Optional<Long> accountOf(String loginName) {
        return loginName == null ? Optional.empty() : users.findByEmail(Emails.normalise(loginName))
                .map(UserAccount::getId);
    }

    @Override
    public List<AuditNames.Person> people() {
        return users.findAll(Sort.by("displayName", "email")).stream()
                .map(a -> new AuditNames.Person(a.getId(), a.getDisplayName(), a.getEmail())).toList();
    }
}
