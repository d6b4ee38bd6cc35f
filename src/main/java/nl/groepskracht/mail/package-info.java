/** Outgoing e-mail: an outbox written in the sender's transaction, and a dispatcher with retries. */
@ApplicationModule(displayName = "Mail")
package nl.groepskracht.mail;

import org.springframework.modulith.ApplicationModule;
