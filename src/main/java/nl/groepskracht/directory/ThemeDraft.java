package nl.groepskracht.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ThemeDraft {

    /** A short stable key, used in exports and links: lower-case letters, digits and dashes. */
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.too-long}")
    @Pattern(regexp = "^[a-z0-9-]*$", message = "{theme.code.format}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String name;

    @Size(max = 500, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String description;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
