package nl.groepskracht.base.web;

/**
 * A public form sent with a CSRF token that no longer matches (the cookie expired or was renewed in
 * another tab): the sign-up form is shown again with what was typed — nothing is lost, nothing is
 * stored — instead of an error page. The request carries this attribute on its way back to the form.
 */
public final class StaleForm {

    public static final String ATTRIBUTE = "groepskracht.staleForm";

    private StaleForm() {
    }
}
