/**
 * User accounts, roles, login, forgotten and own passwords, and the login throttle: repeated wrong
 * passwords slow down and then refuse the client that types them, never lock the account itself.
 */
@ApplicationModule(displayName = "Security")
package nl.groepskracht.security;

import org.springframework.modulith.ApplicationModule;
