/** The public offer for parents and (later) sign-up, waiting list and consent. */
@ApplicationModule(displayName = "Signup")
package nl.groepskracht.signup;

import org.springframework.modulith.ApplicationModule;
