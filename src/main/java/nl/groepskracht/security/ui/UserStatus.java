package nl.groepskracht.security.ui;

import nl.groepskracht.security.UserSummary;

/** How an account's state reads in the list. */
enum UserStatus {
    ACTIVE, LOCKED, INACTIVE;

    static UserStatus of(UserSummary user) {
        if (!user.active()) {
            return INACTIVE;
        }
        return user.locked() ? LOCKED : ACTIVE;
    }

    String key() {
        return "user.status." + name().toLowerCase();
    }
}
