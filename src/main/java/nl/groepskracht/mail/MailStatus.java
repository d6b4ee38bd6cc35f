package nl.groepskracht.mail;

/**
 * PENDING until sent; SENDING while the SMTP server has it (a mail still SENDING after its lease was
 * interrupted: it becomes FAILED, because it may or may not have arrived); FAILED after the last
 * retry. An administrator can send a FAILED mail again.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED
}
