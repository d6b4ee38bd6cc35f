package nl.groepskracht.signup;

import java.time.Instant;
import java.util.List;

/** Everything Groepskracht keeps about a parent, as they download it ("Mijn aanmeldingen"). */
public record ParentData(String name, String email, String phone, String language, Integer childrenCount,
        ChildrenAges childrenAges, Instant signedUpAt, List<RegistrationData> registrations) {

    public record RegistrationData(String group, RegistrationStatus status, String consentVersion, Instant consentAt,
            Instant signedUpAt, Instant confirmedAt, Instant cancelledAt) {
    }
}
