/**
 * Monitoring for the adviseur: reach, attendance and unmet demand per wijk and theme (a reporting
 * read side over the other modules' tables: aggregate SQL and a small read model, never entities),
 * demand signals, and CSV exports. No parent's name or address is ever read here.
 */
@ApplicationModule(displayName = "Monitoring")
package nl.groepskracht.monitoring;

import org.springframework.modulith.ApplicationModule;
