package nl.groepskracht.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs in with the e-mail address; deactivated and temporarily locked accounts are refused. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = users.findByEmail(Emails.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new AccountPrincipal(account, account.isLockedAt(clock.instant()),
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
    }
}
