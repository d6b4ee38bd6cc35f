package nl.groepskracht.group;

/** REGISTRATION: parents sign up for a limited number of places; WALK_IN: come along (spelinloop). */
public enum SignupMode {
    REGISTRATION, WALK_IN
}
