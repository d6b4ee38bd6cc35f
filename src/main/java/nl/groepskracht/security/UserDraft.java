package nl.groepskracht.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in for an account; bound by the user form, checked again by the service. */
public class UserDraft {

    @NotBlank(message = "{validation.required}")
    @Size(max = 254, message = "{validation.too-long}")
    @Email(message = "{validation.email}", regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    private String email;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String displayName;

    private Long organisationId;

    @NotNull(message = "{validation.required}")
    private Role role;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
