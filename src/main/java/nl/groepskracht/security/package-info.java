/** User accounts, roles, login and the account lock after repeated failed logins. */
@ApplicationModule(displayName = "Security")
package nl.groepskracht.security;

import org.springframework.modulith.ApplicationModule;
