package nl.groepskracht.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.validator.constraints.Range;
import nl.groepskracht.base.SubmissionKey;

/** What a facilitator fills in for a group; bound by the group form and checked again by the service. */
public class GroupDraft {

    /** This form's submission: a second "Opslaan" of the same form creates nothing new. */
    private final SubmissionKey submissionKey = SubmissionKey.fresh();

    public SubmissionKey submissionKey() {
        return submissionKey;
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Long themeId;

    @NotNull(message = "{validation.required}")
    private Long wijkId;

    @Size(max = 2000, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String description;

    @NotNull(message = "{validation.required}")
    private AgeRange ageRange;

    @NotNull(message = "{validation.required}")
    private SignupMode signupMode = SignupMode.REGISTRATION;

    /** Places for parents; required for REGISTRATION groups. */
    @Range(min = 1, max = 200, message = "{group.capacity.range}")
    private Integer capacity;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String location;

    /** Checked by the service: the creator of a group is added as its facilitator. */
    private Set<Long> facilitatorIds = new HashSet<>();

    /** Who parents see runs the group (optional). */
    private Long organisationId;

    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String contactName;

    @Pattern(regexp = "^$|^[0-9+()\\- ]{6,20}$", message = "{signup.phone.invalid}")
    private String contactPhone;

    @Size(max = 254, message = "{validation.too-long}")
    @jakarta.validation.constraints.Email(message = "{validation.email}", regexp = "^$|^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$")
    private String contactEmail;

    /** Empty: free. */
    @Size(max = 200, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String cost;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getWijkId() {
        return wijkId;
    }

    public void setWijkId(Long wijkId) {
        this.wijkId = wijkId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public AgeRange getAgeRange() {
        return ageRange;
    }

    public void setAgeRange(AgeRange ageRange) {
        this.ageRange = ageRange;
    }

    public SignupMode getSignupMode() {
        return signupMode;
    }

    public void setSignupMode(SignupMode signupMode) {
        this.signupMode = signupMode;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Set<Long> getFacilitatorIds() {
        return facilitatorIds;
    }

    public void setFacilitatorIds(Set<Long> facilitatorIds) {
        this.facilitatorIds = facilitatorIds == null ? new HashSet<>() : new HashSet<>(facilitatorIds);
    }
}
