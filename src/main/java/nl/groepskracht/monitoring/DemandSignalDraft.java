package nl.groepskracht.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;
import nl.groepskracht.base.SubmissionKey;

/** What a facilitator or the adviseur fills in for a demand signal; checked again by the service. */
public class DemandSignalDraft {

    /** This form's submission: a second "Opslaan" of the same form creates nothing new. */
    private final SubmissionKey submissionKey = SubmissionKey.fresh();

    public SubmissionKey submissionKey() {
        return submissionKey;
    }

    @NotNull(message = "{validation.required}")
    private Long themeId;

    @NotNull(message = "{validation.required}")
    private Long wijkId;

    /** The organisation that noticed the question. */
    @NotNull(message = "{validation.required}")
    private Long organisationId;

    /** An estimate of the families asking. */
    @NotNull(message = "{validation.required}")
    @Range(min = 1, max = 10000, message = "{demand.families.range}")
    private Integer families;

    @Size(max = 1000, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String note;

    @NotNull(message = "{validation.required}")
    private LocalDate noticedOn;

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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getFamilies() {
        return families;
    }

    public void setFamilies(Integer families) {
        this.families = families;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNoticedOn() {
        return noticedOn;
    }

    public void setNoticedOn(LocalDate noticedOn) {
        this.noticedOn = noticedOn;
    }
}
