/**
 * Parents evaluate a group once it is over (an anonymous form behind a personal link, one e-mail and
 * one reminder), facilitators and the adviseur read the results once five or more parents answered,
 * and the adviseur hands the municipality an impact report ("Wat levert preventie op"), as a printable
 * page and a tagged PDF. Answers are stored without any link to the parent who gave them.
 */
@ApplicationModule(displayName = "Evaluation")
package nl.groepskracht.evaluation;

import org.springframework.modulith.ApplicationModule;
