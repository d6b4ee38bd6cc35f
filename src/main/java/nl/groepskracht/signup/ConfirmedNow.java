package nl.groepskracht.signup;

/** A sign-up this request confirmed: the page's fresh personal link (shown once) and what the page shows. */
public record ConfirmedNow(String personalToken, PendingConfirmation page) {
}
