package nl.groepskracht.group;

/** DRAFT → OPEN (sign-up) → RUNNING → CLOSED; a closed group keeps its history. */
public enum GroupStatus {
    DRAFT, OPEN, RUNNING, CLOSED
}
