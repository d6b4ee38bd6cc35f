package nl.groepskracht.schedule;

public enum SessionStatus {
    PLANNED, CANCELLED
}
