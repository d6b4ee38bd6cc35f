package nl.groepskracht.attendance;

/** aanwezig / afwezig / afgemeld (excused). */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
