package nl.groepskracht.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What follows the first step of a sign-in, by the account as it is and the role's
 * {@link TwoFactorPolicy}: the code of a set-up second factor (unless this device is remembered or the
 * organisation's identity provider did a second factor itself), one's own password instead of an
 * administrator's (only after signing in with that password), setting up the second factor when the
 * role requires one.
 */
@Component
class SignInSteps {

    private final TwoFactorPolicy policy;
    private final SecondFactorStore factors;
    private final DeviceMemory devices;

    SignInSteps(TwoFactorPolicy policy, SecondFactorStore factors, DeviceMemory devices) {
        this.policy = policy;
        this.factors = factors;
        this.devices = devices;
    }

    /** After the password; {@code deviceCookie} is this device's "remember" cookie, if any. */
    Set<SignInStep> afterPassword(UserAccount account, String deviceCookie) {
        Set<SignInStep> steps = secondFactor(account, false, deviceCookie);
        if (account.mustChangePassword()) {
            steps.add(SignInStep.OWN_PASSWORD);
        }
        return steps;
    }

    /** After the organisation's sign-in; {@code providerDidSecondFactor}: its token says so (amr/acr). */
    Set<SignInStep> afterOrganisation(UserAccount account, boolean providerDidSecondFactor) {
        return secondFactor(account, providerDidSecondFactor, null);
    }

    private Set<SignInStep> secondFactor(UserAccount account, boolean providerDidSecondFactor, String deviceCookie) {
        Set<SignInStep> steps = EnumSet.noneOf(SignInStep.class);
        TwoFactorPolicy.Mode mode = policy.modeFor(account.getRole());
        if (mode == TwoFactorPolicy.Mode.OFF || providerDidSecondFactor) {
            return steps;
        }
        var stored = factors.find(account.getId());
        if (stored.isPresent()) {
            if (!devices.remembers(deviceCookie, account.getId(), stored.get().devicesValidFrom())) {
                steps.add(SignInStep.SECOND_FACTOR);
            }
        } else if (mode == TwoFactorPolicy.Mode.REQUIRED) {
            steps.add(SignInStep.ENROL_SECOND_FACTOR);
        }
        return steps;
    }
}
