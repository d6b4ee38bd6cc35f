package nl.groepskracht.signup;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.groepskracht.base.i18n.DateTexts;
import nl.groepskracht.base.i18n.ParentLanguages;
import nl.groepskracht.calendar.CalendarPart;
import nl.groepskracht.group.GroupContact;
import nl.groepskracht.mail.MailBody;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails a parent gets, in their language, each saying what happened and what the parent can do,
 * with the personal link to "Mijn aanmeldingen". One action is one e-mail: a place comes with the dates,
 * the address, the contact person and the group's sessions for the calendar; signing off with their
 * cancellation. Subjects are neutral: they show on lock screens and in shared mailboxes.
 */
@Component
class SignupMails {

    private final MessageSource messages;
    private final SignupLinks links;
    private final GroupFactsSource facts;
    private final DateTexts dates;
    private final ParentLanguages languages;
    private final String publicUrl;

    SignupMails(MessageSource messages, SignupLinks links, GroupFactsSource facts, DateTexts dates,
            ParentLanguages languages, @Value("${groepskracht.public-url}") String publicUrl) {
        this.messages = messages;
        this.links = links;
        this.facts = facts;
        this.dates = dates;
        this.languages = languages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    OutgoingMail confirmLink(Registration registration, String groupName) {
        Locale language = languageOf(registration);
        String link = publicUrl + "/aanmelding/" + links.create(SignupLinks.Kind.CONFIRM, registration.getId())
                + "?lang=" + language.getLanguage();
        return compose(registration, "signup.mail.confirm", link, groupName, null, null);
    }

    /** "U bent aangemeld" — or, signed up by a facilitator, "<facilitator> heeft u aangemeld". */
    OutgoingMail confirmed(Registration registration, String groupName, CalendarPart sessions) {
        return confirmed(registration, groupName, facts.of(registration.getGroupId()), sessions,
                personalLink(registration));
    }

    /** The same with the group's facts and the personal link already at hand (written before the group's lock). */
    OutgoingMail confirmed(Registration registration, GroupFacts group, CalendarPart sessions, String link) {
        return confirmed(registration, group.name(), group, sessions, link);
    }

    private OutgoingMail confirmed(Registration registration, String groupName, GroupFacts group,
            CalendarPart sessions, String link) {
        return registration.isByFacilitator()
                ? compose(registration, "signup.mail.added", link, groupName, group, sessions,
                        registration.getConsentBy())
                : compose(registration, "signup.mail.confirmed", link, groupName, group, sessions);
    }

    OutgoingMail waitlisted(Registration registration, String groupName, int position) {
        return waitlisted(registration, groupName, position, personalLink(registration));
    }

    OutgoingMail waitlisted(Registration registration, String groupName, int position, String link) {
        return registration.isByFacilitator()
                ? compose(registration, "signup.mail.added-waitlisted", link, groupName, null,
                        null, registration.getConsentBy(), position)
                : compose(registration, "signup.mail.waitlisted", link, groupName, null, null, position);
    }

    OutgoingMail promoted(Registration registration, String groupName, CalendarPart sessions) {
        return compose(registration, "signup.mail.promoted", personalLink(registration), groupName,
                facts.of(registration.getGroupId()), sessions);
    }

    /** A fresh link to "Mijn aanmeldingen", asked for on /mijn. */
    OutgoingMail freshLink(Registration registration, String groupName, String personalToken) {
        return compose(registration, "signup.mail.fresh-link", pageOf(registration, personalToken), groupName, null,
                null);
    }

    /** The parent signed off (or a facilitator took them off): the group goes on without them. */
    OutgoingMail left(Registration registration, String groupName, Leaving why, CalendarPart cancellation) {
        if (why == Leaving.DATA_DELETED) {
            // no link (it no longer works), and the outbox forgets the mail once it is sent
            OutgoingMail last = compose(registration, "signup.mail." + why.key(), null, groupName, null, cancellation);
            return last == null ? null : last.forgettingAfterSending();
        }
        return compose(registration, "signup.mail." + why.key(), personalLink(registration), groupName, null,
                cancellation);
    }

    /** A new link to the parent's "Mijn aanmeldingen" (null without an address), for mails written elsewhere. */
    String personalLink(Registration registration) {
        return registration.getParticipant().getEmail() == null ? null
                : pageOf(registration, links.create(SignupLinks.Kind.PERSONAL, registration.getId()));
    }

    /** "Mijn aanmeldingen" behind a token, opening in the parent's language. */
    String pageOf(Registration registration, String personalToken) {
        return publicUrl + "/mijn/" + personalToken + "?lang=" + languageOf(registration).getLanguage();
    }

    private Locale languageOf(Registration registration) {
        return languages.of(registration.getParticipant().getLanguage());
    }

    /** Null for a parent without an e-mail address (signed up by phone): they get no e-mail. */
    private OutgoingMail compose(Registration registration, String key, String link, String groupName,
            GroupFacts group, CalendarPart calendar, Object... extras) {
        Participant parent = registration.getParticipant();
        if (parent.getEmail() == null) {
            return null;
        }
        Locale language = languageOf(registration);
        MailBody body = MailBody.in(language, languages.rightToLeft(language));
        Object[] args = Stream.concat(Stream.of(parent.getName(), groupName), Stream.of(extras))
                .map(arg -> arg instanceof String name ? body.isolate(name) : arg).toArray();
        body.paragraph(text(key + ".body", language, args));
        if (group != null) {
            addFacts(body, group, language);
        }
        if (link != null) {
            body.button(text(key + ".action", language), link);
        }
        body.footer(text("signup.mail.footer", language));
        return body.to(parent.getEmail(), text(key + ".subject", language), calendar == null ? null : calendar.method(),
                calendar == null ? null : calendar.ics());
    }

    /** When, where and whom to call: what a parent with a place needs without opening the calendar file. */
    private void addFacts(MailBody body, GroupFacts group, Locale language) {
        List<String> when = group.coming().stream().map(s -> line(s, group, language, body)).toList();
        if (!when.isEmpty()) {
            body.list(text("offer.when", language), when);
        }
        if (group.location() != null) {
            body.fact(text("offer.where", language), body.isolate(group.location()));
        }
        GroupContact contact = group.contact();
        if (contact != null && contact.hasPerson()) {
            String reach = Stream.of(contact.phone(), contact.email()).filter(v -> v != null && !v.isBlank())
                    .map(body::leftToRight).reduce(body.isolate(contact.name()), (a, b) -> a + ", " + b);
            body.fact(text("signup.mail.contact", language), reach);
        }
    }

    private String line(SessionInfo session, GroupFacts group, Locale language, MailBody body) {
        String when = dates.session(session.start(), session.end(), language);
        return session.location() == null || session.location().equals(group.location()) ? when
                : when + " · " + body.isolate(session.location());
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
