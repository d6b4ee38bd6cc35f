package nl.groepskracht.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

public class WijkDraft {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String municipality;

    /** CBS wijkcode: WK followed by six digits (gemeentecode and wijknummer), optional. */
    @Pattern(regexp = "^$|^WK[0-9]{6}$", message = "{wijk.cbs-code.format}")
    private String cbsCode;

    /** With {@link #householdsWithChildren}: the CBS figure of that year (added or corrected). */
    @Range(min = 1990, max = 2100, message = "{wijk.households.year.range}")
    private Integer householdsYear;

    @Range(min = 0, max = 1000000, message = "{wijk.households.range}")
    private Integer householdsWithChildren;

    public String getCbsCode() {
        return cbsCode;
    }

    public void setCbsCode(String cbsCode) {
        this.cbsCode = cbsCode;
    }

    public Integer getHouseholdsYear() {
        return householdsYear;
    }

    public void setHouseholdsYear(Integer householdsYear) {
        this.householdsYear = householdsYear;
    }

    public Integer getHouseholdsWithChildren() {
        return householdsWithChildren;
    }

    public void setHouseholdsWithChildren(Integer householdsWithChildren) {
        this.householdsWithChildren = householdsWithChildren;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
