package nl.groepskracht.security;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.PortalSecret;
import nl.groepskracht.privacy.AuditNote;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's second factor: setting up the authenticator app (the key shown once as a QR code,
 * confirmed by a first code; ten recovery codes), the code at sign-in (only after the password, slowed
 * down like the password), recovery codes, remembering a device. The key is stored encrypted with the
 * portal secret.
 */
@Service
public class SecondFactors {

    private final SecondFactorStore store;
    private final TotpCodes codes;
    private final SignedInAccount signedIn;
    private final SignedInSession session;
    private final LoginThrottle throttle;
    private final DeviceMemory devices;
    private final TwoFactorPolicy policy;
    private final TextEncryptor keys;
    private final AccountAudit audit;
    private final Clock clock;

    SecondFactors(SecondFactorStore store, TotpCodes codes, SignedInAccount signedIn, SignedInSession session,
            LoginThrottle throttle, DeviceMemory devices, TwoFactorPolicy policy, PortalSecret secret,
            AccountAudit audit, Clock clock) {
        this.audit = audit;
        this.store = store;
        this.codes = codes;
        this.signedIn = signedIn;
        this.session = session;
        this.throttle = throttle;
        this.devices = devices;
        this.policy = policy;
        this.keys = secret.encryptor("totp-keys");
        this.clock = clock;
    }

    /** A new key to set up, with the address for the QR code; nothing is stored until a code confirms it. */
    public record Enrolment(String secret, String uri) {
    }

    /** Whether the signed-in professional has a second factor, how many recovery codes are left, and the role's rule. */
    public record Status(boolean enrolled, int recoveryCodesLeft, TwoFactorPolicy.Mode mode) {
    }

    /** What a right code gives: the cookie that remembers this device, when asked for. */
    public record Passed(Optional<Cookie> rememberDevice) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@currentAccount.mayDo('ENROL_SECOND_FACTOR')")
    public Status status() {
        UserAccount account = enroller();
        return new Status(store.exists(account.getId()), store.recoveryCodesLeft(account.getId()),
                policy.modeFor(account.getRole()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@currentAccount.mayDo('ENROL_SECOND_FACTOR')")
    public Enrolment begin() {
        String secret = codes.newSecret();
        return new Enrolment(secret, codes.uri(secret, enroller().getEmail()));
    }

    /**
     * Stores the key once a code of the app confirms it; returns the ten recovery codes (shown once).
     * @throws FieldValidationException at {@code code} when the code is wrong or the client must wait
     */
    @Transactional
    @PreAuthorize("@currentAccount.mayDo('ENROL_SECOND_FACTOR')")
    public List<String> confirm(Enrolment enrolment, String code, String client) {
        UserAccount account = enroller();
        var attempt = admit(account, client);
        OptionalLong step = codes.matchingStep(enrolment.secret(), code, 0);
        if (step.isEmpty()) {
            throw new FieldValidationException("code", "twofactor.code.wrong");
        }
        throttle.succeeded(attempt);
        List<String> recovery = codes.newRecoveryCodes();
        store.enrol(account.getId(), keys.encrypt(enrolment.secret()), step.getAsLong(), recovery, clock.instant());
        audit.secondFactorChanged(account, AuditNote.SecondFactorChange.ENROLLED);
        session.completeStep(account, SignInStep.ENROL_SECOND_FACTOR);
        return recovery;
    }

    /**
     * The code after the password: one of the app (each works once) or a recovery code (used up).
     * @throws FieldValidationException at {@code code} when it is wrong or the client must wait
     */
    @Transactional
    @PreAuthorize("@currentAccount.mayDo('SECOND_FACTOR')")
    public Passed verify(String code, boolean rememberDevice, String client) {
        UserAccount account = signedIn.atStep(SignInStep.SECOND_FACTOR).orElseThrow();
        var stored = store.find(account.getId()).orElseThrow(() -> new AccessDeniedException("no second factor"));
        var attempt = admit(account, client);
        OptionalLong step = codes.matchingStep(keys.decrypt(stored.encryptedSecret()), code, stored.lastStep());
        boolean right = step.isPresent() ? store.claimStep(account.getId(), step.getAsLong())
                : store.useRecoveryCode(account.getId(), code);
        if (!right) {
            throw new FieldValidationException("code", "twofactor.code.wrong");
        }
        throttle.succeeded(attempt);
        session.completeStep(account, SignInStep.SECOND_FACTOR);
        return new Passed(rememberDevice ? Optional.of(devices.remember(account.getId())) : Optional.empty());
    }

    /** Ten new recovery codes in place of the old ones (shown once). */
    @Transactional
    @PreAuthorize(nl.groepskracht.base.Roles.ACTIVE)
    public List<String> newRecoveryCodes() {
        long id = enrolled();
        List<String> recovery = codes.newRecoveryCodes();
        store.replaceRecoveryCodes(id, recovery);
        return recovery;
    }

    /** No device remembered so far spares the code any more. */
    @Transactional
    @PreAuthorize(nl.groepskracht.base.Roles.ACTIVE)
    public void forgetDevices() {
        store.forgetDevices(enrolled(), clock.instant());
    }

    /** Switches the second factor off, where the role does not require one. */
    @Transactional
    @PreAuthorize(nl.groepskracht.base.Roles.ACTIVE)
    public void turnOff() {
        UserAccount account = signedIn.current().orElseThrow();
        if (policy.modeFor(account.getRole()) == TwoFactorPolicy.Mode.REQUIRED) {
            throw new AccessDeniedException("the role requires a second factor");
        }
        store.remove(account.getId());
        audit.secondFactorChanged(account, AuditNote.SecondFactorChange.REMOVED);
    }

    private long enrolled() {
        long id = signedIn.current().orElseThrow().getId();
        if (!store.exists(id)) {
            throw new AccessDeniedException("no second factor set up");
        }
        return id;
    }

    private UserAccount enroller() {
        return signedIn.atStep(SignInStep.ENROL_SECOND_FACTOR).orElseThrow();
    }

    /** Codes are slowed down per client and account like passwords, on a count of their own. */
    private LoginThrottle.Attempt admit(UserAccount account, String client) {
        var attempt = new LoginThrottle.Attempt(client, "code:id:" + account.getId());
        if (!throttle.admit(attempt)) {
            throw new FieldValidationException("code", "twofactor.code.wait");
        }
        return attempt;
    }
}
