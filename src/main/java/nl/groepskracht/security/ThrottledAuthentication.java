package nl.groepskracht.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check, behind the {@link LoginThrottle}: an attempt the throttle does not admit is
 * refused without its password being tried. The account is found first (so every spelling of its
 * address is the same account); a deactivated account is told apart only after the password check,
 * so its answer takes as long as any other.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountRepository users;

    ThrottledAuthentication(AccountUserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
            UserAccountRepository users) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account deactivated");
            }
        });
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        String typed = Emails.normalise(String.valueOf(attempt.getName()));
        String account = users.findByEmail(typed).map(a -> "id:" + a.getId()).orElse("name:" + typed);
        var who = new LoginThrottle.Attempt(client, account);
        if (!throttle.admit(who)) {
            throw new LockedException("too many wrong passwords from this client; wait");
        }
        Authentication signedIn = passwords.authenticate(attempt);
        throttle.succeeded(who);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
