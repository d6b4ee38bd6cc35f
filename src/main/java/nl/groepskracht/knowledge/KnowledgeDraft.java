package nl.groepskracht.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import nl.groepskracht.base.SubmissionKey;

/** What an author fills in for an item; bound by the editor and checked again by the service. */
public class KnowledgeDraft {

    /** This form's submission: a second "Opslaan" of the same form creates nothing new. */
    private final SubmissionKey submissionKey = SubmissionKey.fresh();

    public SubmissionKey submissionKey() {
        return submissionKey;
    }

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int BODY_MAX = 100_000;
    public static final int TAG_MAX = 40;

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String title;

    @NotBlank(message = "{validation.required}")
    @Size(max = SUMMARY_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String summary;

    /** Markdown; whatever HTML it holds is removed when it is shown. */
    @Size(max = BODY_MAX, message = "{validation.too-long}")
    private String body = "";

    @NotNull(message = "{validation.required}")
    private KnowledgeKind kind;

    @NotNull(message = "{validation.required}")
    private Long themeId;

    private Long wijkId;
    private Long groupId;
    /** Set for a session report made from an attendance sheet. */
    private Long sessionId;

    @Size(max = 500, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String licenceNote;

    @Size(max = 10, message = "{knowledge.tags.too-many}")
    private Set<@Size(max = TAG_MAX, message = "{knowledge.tag.too-long}")
            @Pattern(regexp = "^[^<>,]*$", message = "{validation.no-markup}") String> tags = new TreeSet<>();

    /** The author saw the warning that the text names a parent of the group, and saves it anyway. */
    private boolean parentNamedOnPurpose;

    public boolean isParentNamedOnPurpose() {
        return parentNamedOnPurpose;
    }

    public void setParentNamedOnPurpose(boolean parentNamedOnPurpose) {
        this.parentNamedOnPurpose = parentNamedOnPurpose;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public KnowledgeKind getKind() {
        return kind;
    }

    public void setKind(KnowledgeKind kind) {
        this.kind = kind;
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

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getLicenceNote() {
        return licenceNote;
    }

    public void setLicenceNote(String licenceNote) {
        this.licenceNote = licenceNote;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags == null ? new TreeSet<>() : tags;
    }
}
