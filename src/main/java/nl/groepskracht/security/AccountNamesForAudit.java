package nl.groepskracht.security;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.privacy.AuditNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit log names professionals by their display name (it stores their login name, the e-mail address). */
@Component
class AccountNamesForAudit implements AuditNames.Actors {

    private final UserAccountRepository users;

    AccountNamesForAudit(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> loginNames) {
        return users.findByEmailIn(loginNames).stream()
                .collect(Collectors.toMap(UserAccount::getEmail, UserAccount::getDisplayName));
    }
}
