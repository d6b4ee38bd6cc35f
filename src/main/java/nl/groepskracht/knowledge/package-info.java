/**
 * Knowledge sharing across wijken: what works, materials, session reports, evaluations and whole
 * approaches, written in Markdown with attachments and versions, found again through a Dutch
 * full-text search (Hibernate Search with Lucene).
 */
@ApplicationModule(displayName = "Knowledge")
package nl.groepskracht.knowledge;

import org.springframework.modulith.ApplicationModule;
