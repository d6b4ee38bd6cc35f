/**
 * Parents and their places: the public offer and sign-up form (double opt-in, consent), the waiting list,
 * "Mijn aanmeldingen" with export and deletion of one's data, sign-up by phone, verwijslinks, posters and
 * QR codes, the participants page, reminders' and evaluations' recipients, and retention.
 */
@ApplicationModule(displayName = "Signup")
package nl.groepskracht.signup;

import org.springframework.modulith.ApplicationModule;
