package nl.groepskracht.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a parent sends: four statements on a 1–5 scale, "nog andere hulp nodig?", and two optional open
 * answers. Values arrive as text so that anything a browser (or a robot) sends gets a message at its
 * field instead of a conversion error; no markup in the open answers.
 */
public class EvaluationForm {

    public static final int OPEN_MAX = 1000;
    private static final String SCALE = "^[1-5]$";
    private static final String NO_MARKUP = "^[^<>]*$";

    @NotBlank(message = "{evaluation.scale.required}")
    @Pattern(regexp = SCALE, message = "{evaluation.scale.required}")
    private String usefulness;
    @NotBlank(message = "{evaluation.scale.required}")
    @Pattern(regexp = SCALE, message = "{evaluation.scale.required}")
    private String goalReached;
    @NotBlank(message = "{evaluation.scale.required}")
    @Pattern(regexp = SCALE, message = "{evaluation.scale.required}")
    private String support;
    @NotBlank(message = "{evaluation.scale.required}")
    @Pattern(regexp = SCALE, message = "{evaluation.scale.required}")
    private String recommend;
    @NotBlank(message = "{evaluation.more-help.required}")
    @Pattern(regexp = "^(YES|NO|UNSURE)$", message = "{evaluation.more-help.required}")
    private String moreHelp;
    @Size(max = OPEN_MAX, message = "{validation.too-long}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.no-markup}")
    private String mostValuable;
    @Size(max = OPEN_MAX, message = "{validation.too-long}")
    @Pattern(regexp = NO_MARKUP, message = "{validation.no-markup}")
    private String couldBeBetter;

    int score(Question question) {
        return Integer.parseInt(switch (question) {
            case USEFULNESS -> usefulness;
            case GOAL_REACHED -> goalReached;
            case SUPPORT -> support;
            case RECOMMEND -> recommend;
        });
    }

    /** An open answer as stored: trimmed, and nothing when only spaces were typed. */
    static String open(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(String usefulness) {
        this.usefulness = usefulness;
    }

    public String getGoalReached() {
        return goalReached;
    }

    public void setGoalReached(String goalReached) {
        this.goalReached = goalReached;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }

    public String getRecommend() {
        return recommend;
    }

    public void setRecommend(String recommend) {
        this.recommend = recommend;
    }

    public String getMoreHelp() {
        return moreHelp;
    }

    public void setMoreHelp(String moreHelp) {
        this.moreHelp = moreHelp;
    }

    public String getMostValuable() {
        return mostValuable;
    }

    public void setMostValuable(String mostValuable) {
        this.mostValuable = mostValuable;
    }

    public String getCouldBeBetter() {
        return couldBeBetter;
    }

    public void setCouldBeBetter(String couldBeBetter) {
        this.couldBeBetter = couldBeBetter;
    }
}
