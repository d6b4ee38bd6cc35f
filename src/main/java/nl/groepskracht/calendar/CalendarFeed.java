package nl.groepskracht.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A professional's secret feed; only the SHA-256 hash of its token is kept (the URL is shown once,
 * when it is made). Making a new one makes the old URL stop working.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "token_hash", columnDefinition = "binary(32)")
    private byte[] tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "security_version")
    private int securityVersion;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, byte[] tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void replace(byte[] newTokenHash, int ownerVersion, Instant now) {
        tokenHash = newTokenHash;
        securityVersion = ownerVersion;
        createdAt = now;
    }

    int getSecurityVersion() {
        return securityVersion;
    }

    long getUserId() {
        return userId;
    }

    byte[] getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
