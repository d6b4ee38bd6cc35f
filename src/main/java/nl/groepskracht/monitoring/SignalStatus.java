package nl.groepskracht.monitoring;

/** OPEN until a group takes the question up ("opgepakt"). */
public enum SignalStatus {
    OPEN, CLOSED
}
