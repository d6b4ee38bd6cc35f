package nl.groepskracht.signup;

import java.util.List;

/**
 * Everything Groepskracht keeps about a parent, as they download it ("Mijn aanmeldingen"): every
 * sign-up with the details given with it, the consent, and the attendance. Codes come with a label
 * in the parent's language; times are local (Europe/Amsterdam).
 */
public record ParentData(String downloadedAt, List<SignUp> signUps) {

    public record SignUp(String group, Coded status, String signedUpAt, String confirmedAt, String cancelledAt,
            Consent consent, GivenDetails details, List<Session> attendance) {
    }

    public record Consent(String version, String givenAt, String how) {
    }

    public record GivenDetails(String name, String email, String phone, Coded language, Integer children,
            Coded childrenAges) {
    }

    public record Session(String start, Coded attendance) {
    }

    /** A code and what it means, e.g. {@code CONFIRMED} / "Aangemeld". */
    public record Coded(String code, String label) {
    }
}
