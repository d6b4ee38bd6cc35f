package nl.groepskracht.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.groepskracht.base.SubmissionKey;

/** Where a session takes place and, for the facilitators, what it is about: shared by one session and a series. */
public abstract class WhereAndWhat {

    /** This form's submission: a second "Opslaan" of the same form creates nothing new. */
    private final SubmissionKey submissionKey = SubmissionKey.fresh();

    public SubmissionKey submissionKey() {
        return submissionKey;
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String location;

    @Size(max = 200, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String topic;

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
