package nl.groepskracht.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A professional's secret feed token; regenerating it makes the old URL stop working. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private Long userId;
    private String token;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, String token, Instant createdAt) {
        this.userId = userId;
        this.token = token;
        this.createdAt = createdAt;
    }

    void replaceToken(String newToken, Instant now) {
        token = newToken;
        createdAt = now;
    }

    long getUserId() {
        return userId;
    }

    String getToken() {
        return token;
    }
}
