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
import org.hibernate.annotations.Formula;

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
    /**
     * When its last planned session ends and starts, read from the schedule's sessions at every load
     * (like the evaluation's due groups), so that "afgelopen" follows the clock and whatever wrote the
     * sessions. A locking read of the group does not lock these rows (only the outer table's).
     */
    @Formula("(select max(s.ends_at) from group_session s where s.group_id = id and s.status = 'PLANNED')")
    private Instant lastSessionEnd;
    @Formula("(select max(s.starts_at) from group_session s where s.group_id = id and s.status = 'PLANNED')")
    private Instant lastSessionStart;
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

    /** The status as people read it now (see {@link GroupStatus#FINISHED}). */
    GroupStatus statusAt(Instant now) {
        return GroupStatus.at(status, lastSessionEnd, now);
    }

    Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    String getName() {
        return name;
    }

    long getWijkId() {
        return wijkId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    void addPlace() {
        capacity = capacity == null ? 1 : capacity + 1;
    }

    Integer getCapacity() {
        return capacity;
    }

    EnrolmentTerms toTerms(Instant now) {
        return new EnrolmentTerms(getId(), name, statusAt(now), signupMode, capacity);
    }

    String getLocation() {
        return location;
    }

    GroupSummary toSummary(Instant now) {
        return new GroupSummary(getId(), name, themeId, wijkId, statusAt(now), signupMode, capacity, startsOn, endsOn);
    }

    GroupDetails toDetails(boolean manageable, Instant now) {
        return details(Set.copyOf(facilitatorIds), manageable, now);
    }

    /** As the public pages show it: without its facilitators (not shown there, and not read: one statement less). */
    GroupDetails toPublicDetails(Instant now) {
        return details(Set.of(), false, now);
    }

    private GroupDetails details(Set<Long> facilitators, boolean manageable, Instant now) {
        return new GroupDetails(getId(), name, themeId, wijkId, description, ageRange, signupMode, capacity, location,
                statusAt(now), facilitators, startsOn, endsOn, manageable, closedAt,
                new GroupContact(organisationId, contactName, contactPhone, contactEmail, cost));
    }
}
