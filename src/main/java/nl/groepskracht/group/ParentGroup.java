package nl.groepskracht.group;

import nl.groepskracht.base.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.groepskracht.base.AbstractEntity;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "parent_group")
class ParentGroup extends AbstractEntity {

    private String name;
    @Column(name = "theme_id")
    private long themeId;
    @Column(name = "wijk_id")
    private long wijkId;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_range")
    private AgeRange ageRange;
    @Enumerated(EnumType.STRING)
    @Column(name = "signup_mode")
    private SignupMode signupMode;
    private Integer capacity;
    private String location;
    @Enumerated(EnumType.STRING)
    private GroupStatus status = GroupStatus.DRAFT;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    private String cost;
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "group_facilitator", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "user_id")
    private Set<Long> facilitatorIds = new HashSet<>();

    protected ParentGroup() {
    }

    ParentGroup(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void apply(GroupDraft draft) {
        name = PlainText.name(draft.getName());
        themeId = draft.getThemeId();
        wijkId = draft.getWijkId();
        description = draft.getDescription() == null || draft.getDescription().isBlank() ? null
                : draft.getDescription().strip();
        ageRange = draft.getAgeRange();
        signupMode = draft.getSignupMode();
        capacity = signupMode == SignupMode.WALK_IN ? null : draft.getCapacity();
        location = draft.getLocation().strip();
        organisationId = draft.getOrganisationId();
        contactName = blankToNull(draft.getContactName());
        contactPhone = blankToNull(draft.getContactPhone());
        contactEmail = blankToNull(draft.getContactEmail());
        cost = blankToNull(draft.getCost());
        facilitatorIds.clear();
        facilitatorIds.addAll(draft.getFacilitatorIds());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    boolean isFacilitatedBy(long userId) {
        return facilitatorIds.contains(userId);
    }

    void moveTo(GroupStatus next) {
        status = next;
    }

    void close(Instant now) {
        status = GroupStatus.CLOSED;
        closedAt = now;
    }

    /** Back to a draft (its sessions are planned anew); only within the grace period after closing. */
    void reopen() {
        status = GroupStatus.DRAFT;
        closedAt = null;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    void recordSchedule(LocalDate first, LocalDate last) {
        startsOn = first;
        endsOn = last;
    }

    GroupStatus getStatus() {
        return status;
    }

    Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    String getName() {
        return name;
    }

    void addPlace() {
        capacity = capacity == null ? 1 : capacity + 1;
    }

    Integer getCapacity() {
        return capacity;
    }

    EnrolmentTerms toTerms() {
        return new EnrolmentTerms(getId(), name, status, signupMode, capacity);
    }

    String getLocation() {
        return location;
    }

    GroupSummary toSummary() {
        return new GroupSummary(getId(), name, themeId, wijkId, status, signupMode, capacity, startsOn, endsOn);
    }

    GroupDetails toDetails(boolean manageable) {
        return new GroupDetails(getId(), name, themeId, wijkId, description, ageRange, signupMode, capacity, location,
                status, Set.copyOf(facilitatorIds), startsOn, endsOn, manageable, closedAt,
                new GroupContact(organisationId, contactName, contactPhone, contactEmail, cost));
    }
}
