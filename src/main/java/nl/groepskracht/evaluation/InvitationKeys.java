package nl.groepskracht.evaluation;

import nl.groepskracht.base.PortalSecret;
import org.springframework.stereotype.Component;

/**
 * The key a link row names its invitation by: an HMAC of the invitation's number under the portal
 * secret. The portal finds a link's invitation among the few of its group; the database alone (a dump,
 * a query) cannot join a link, or a parent whose links are gone because they answered, to a sign-up.
 */
@Component
class InvitationKeys {

    private final PortalSecret secret;

    InvitationKeys(PortalSecret secret) {
        this.secret = secret;
    }

    byte[] of(long invitationId) {
        return secret.sign("evaluation-invitation", Long.toString(invitationId));
    }
}
