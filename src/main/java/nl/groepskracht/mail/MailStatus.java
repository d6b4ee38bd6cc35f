package nl.groepskracht.mail;

/** PENDING until sent; FAILED after the last retry (an administrator can send it again). */
public enum MailStatus {
    PENDING, SENT, FAILED
}
