package nl.groepskracht.security;

import nl.groepskracht.base.Roles;

/** What a professional may do (DESIGN.md "Users and roles"). */
public enum Role {
    FACILITATOR(Roles.FACILITATOR),
    ADVISEUR(Roles.ADVISEUR),
    ADMIN(Roles.ADMIN);

    private final String name;

    Role(String name) {
        this.name = name;
    }

    String authority() {
        return "ROLE_" + name;
    }
}
