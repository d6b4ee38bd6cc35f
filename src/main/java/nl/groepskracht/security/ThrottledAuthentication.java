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
 * so its answer takes as long as any other. A right password signs in only as far as the
 * {@link SignInSteps} that follow it (the second factor, one's own password): the session has no role
 * until they are done.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountRepository users;
    private final SignInSteps steps;

    ThrottledAuthentication(AccountUserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
            UserAccountRepository users, SignInSteps steps) {
        this.steps = steps;
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
        UserAccount user = users.findById(((AccountPrincipal) signedIn.getPrincipal()).accountId()).orElseThrow();
        String cookie = attempt.getDetails() instanceof SignInDetails details ? details.deviceCookie() : null;
        var principal = new AccountPrincipal(user, steps.afterPassword(user, cookie));
        principal.eraseCredentials();
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(signedIn.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
