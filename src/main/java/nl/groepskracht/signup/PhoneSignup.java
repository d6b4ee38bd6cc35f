package nl.groepskracht.signup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.groepskracht.base.SubmissionKey;

/**
 * A parent a facilitator signs up (they called, or came by): their name, and an e-mail address or a
 * phone number — without an address they get no e-mails and the facilitator passes the dates on.
 * The facilitator confirms the parent agreed, orally, to their data being kept.
 */
public class PhoneSignup {

    /** This form's submission: a second "Opslaan" of the same form creates nothing new. */
    private final SubmissionKey submissionKey = SubmissionKey.fresh();

    public SubmissionKey submissionKey() {
        return submissionKey;
    }

    @NotBlank(message = "{signup.name.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = SignupForm.NAME_RULE, message = "{signup.name.invalid}")
    private String name;

    @Size(max = 254, message = "{validation.too-long}")
    @Email(message = "{validation.email}", regexp = "^$|^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$")
    private String email;

    @Pattern(regexp = "^$|^[0-9+()\\- ]{6,20}$", message = "{signup.phone.invalid}")
    private String phone;

    @Pattern(regexp = "^[a-z]{2,3}$", message = "{validation.unknown}")
    private String language = "nl";

    @AssertTrue(message = "{participant.consent.required}")
    private boolean consentGiven;

    /** How the parent found the group (optional: "weet ik niet" stays empty). */
    private Toeleiding toeleiding;

    public Toeleiding getToeleiding() {
        return toeleiding;
    }

    public void setToeleiding(Toeleiding toeleiding) {
        this.toeleiding = toeleiding;
    }

    public static PhoneSignup of(String name, String email, String phone) {
        var signup = new PhoneSignup();
        signup.setName(name);
        signup.setEmail(email);
        signup.setPhone(phone);
        signup.setConsentGiven(true);
        return signup;
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    /** The same fields as the public form, for the one way a participant is stored. */
    SignupForm asForm() {
        var form = new SignupForm();
        form.setName(name);
        form.setEmail(hasEmail() ? email : null);
        form.setPhone(phone);
        form.setLanguage(language == null ? "nl" : language);
        form.setConsent(consentGiven);
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }
}
