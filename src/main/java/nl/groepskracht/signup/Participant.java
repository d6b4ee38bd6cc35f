package nl.groepskracht.signup;

import nl.groepskracht.base.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;

/** A parent who signed up. Personal fields are cleared when the parent deletes their data. */
@Entity
class Participant extends AbstractEntity {

    private String name;
    private String email;
    private String phone;
    private String language;
    @Column(name = "children_count")
    private Integer childrenCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "children_ages")
    private ChildrenAges childrenAges;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;
    /** The same for every sign-up with this address; random, so it survives anonymisation without naming anyone. */
    @Column(name = "family_key")
    private String familyKey;

    protected Participant() {
    }

    Participant(SignupForm form, String familyKey, Instant now) {
        this.familyKey = familyKey;
        this.name = PlainText.name(form.getName());
        this.email = normaliseEmail(form.getEmail());
        this.phone = form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip();
        this.language = form.getLanguage();
        this.childrenCount = form.getChildrenCount();
        this.childrenAges = form.getChildrenAges();
        this.createdAt = now;
    }

    /** Removes everything that identifies the parent; counts for monitoring stay (the family key is random). */
    void anonymise(Instant now) {
        name = null;
        email = null;
        phone = null;
        childrenCount = null;
        childrenAges = null;
        anonymisedAt = now;
    }

    static String normaliseEmail(String email) {
        return nl.groepskracht.base.EmailAddresses.normalise(email);
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    String getLanguage() {
        return language;
    }

    Integer getChildrenCount() {
        return childrenCount;
    }

    ChildrenAges getChildrenAges() {
        return childrenAges;
    }

    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    String getFamilyKey() {
        return familyKey;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
