package nl.groepskracht.signup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * The public sign-up form: only what the group needs. Names may hold any script, apostrophes and
 * emoji; markup and characters that only serve injection are refused.
 */
public class SignupForm {

    static final String NAME_RULE = "^(?!.*--)[^<>\"`;=\\\\{}|\\p{Cntrl}]*$";

    @NotBlank(message = "{signup.name.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = NAME_RULE, message = "{signup.name.invalid}")
    private String name;

    @NotBlank(message = "{signup.email.required}")
    @Size(max = 254, message = "{validation.too-long}")
    @Email(message = "{validation.email}", regexp = "^$|^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$")
    private String email;

    @Pattern(regexp = "^$|^[0-9+()\\- ]{6,20}$", message = "{signup.phone.invalid}")
    private String phone;

    @Range(min = 1, max = 15, message = "{signup.children.range}")
    private Integer childrenCount;

    private ChildrenAges childrenAges;

    /** The language of the e-mails: one of the parent languages (the shape here, the list in the service). */
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[a-z]{2,3}$", message = "{validation.unknown}")
    private String language = "nl";

    @AssertTrue(message = "{signup.consent.required}")
    private boolean consent;

    /** "Hoe kwam u bij deze groep?" (optional). */
    private Toeleiding toeleiding;

    /** The code of the verwijslink the parent came through (a hidden field), or empty. */
    @Pattern(regexp = "^[A-Za-z0-9]{0,12}$", message = "{validation.unknown}")
    private String via;

    /** A field people do not see; only robots fill it in. */
    private String website;

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

    public Integer getChildrenCount() {
        return childrenCount;
    }

    public void setChildrenCount(Integer childrenCount) {
        this.childrenCount = childrenCount;
    }

    public ChildrenAges getChildrenAges() {
        return childrenAges;
    }

    public void setChildrenAges(ChildrenAges childrenAges) {
        this.childrenAges = childrenAges;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public Toeleiding getToeleiding() {
        return toeleiding;
    }

    public void setToeleiding(Toeleiding toeleiding) {
        this.toeleiding = toeleiding;
    }

    public String getVia() {
        return via;
    }

    public void setVia(String via) {
        this.via = via;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isFilledByRobot() {
        return website != null && !website.isBlank();
    }
}
