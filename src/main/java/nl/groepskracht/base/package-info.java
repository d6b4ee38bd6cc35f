/**
 * Shared foundation: the UI shell, database bootstrap, clock, translations and error handling.
 * Open module: every feature may use it; it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.groepskracht.base;

import org.springframework.modulith.ApplicationModule;
