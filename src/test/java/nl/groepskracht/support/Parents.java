package nl.groepskracht.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.signup.SignupForm;

/** Sign-up forms and the links parents find in their e-mails. */
public final class Parents {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/aanmelding/([A-Za-z0-9_-]{43})");
    private static final Pattern PERSONAL_LINK = Pattern.compile("/mijn/([A-Za-z0-9_-]{43})");

    private Parents() {
    }

    public static SignupForm form(String name) {
        var form = new SignupForm();
        form.setName(name);
        form.setEmail(name.toLowerCase().replaceAll("[^a-z]", "") + "." + System.nanoTime() + "@ouder.example");
        form.setLanguage("nl");
        form.setConsent(true);
        return form;
    }

    /** The same parent, signed up by a facilitator after a phone call. */
    public static nl.groepskracht.signup.PhoneSignup byPhone(SignupForm form) {
        return nl.groepskracht.signup.PhoneSignup.of(form.getName(), form.getEmail(), form.getPhone());
    }

    public static String confirmToken(String mailText) {
        return find(CONFIRM_LINK, mailText);
    }

    public static String personalToken(String mailText) {
        return find(PERSONAL_LINK, mailText);
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link in: " + text);
        }
        return m.group(1);
    }
}
