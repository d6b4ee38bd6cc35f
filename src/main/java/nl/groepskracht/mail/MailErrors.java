package nl.groepskracht.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.regex.Pattern;
import org.springframework.mail.MailSendException;

/** What went wrong with one mail, in words an administrator can read, without any address in it. */
final class MailErrors {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final int MAX = 1000;

    private MailErrors() {
    }

    static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + message(error);
        String clean = ADDRESS.matcher(text).replaceAll("[adres]");
        return clean.substring(0, Math.min(clean.length(), MAX));
    }

    /** The address was refused (this mail only); anything else is the server's or the network's trouble. */
    static boolean isRecipientProblem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException || cause instanceof SendFailedException) {
                return true;
            }
            if (cause instanceof MailSendException send && send.getFailedMessages().values().stream()
                    .anyMatch(MailErrors::isRecipientProblem)) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        return root == error || root.getMessage() == null ? message : message + " (" + root.getMessage() + ")";
    }
}
