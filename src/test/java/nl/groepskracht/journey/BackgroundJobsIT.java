package nl.groepskracht.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * The packaged portal's own scheduler sends reminders, as it does in production: the demo group
 * meeting within the day gets its reminders over SMTP without anyone calling the job, and no job
 * logs an error (checked after every journey).
 */
class BackgroundJobsIT extends PortalJourney {

    @Test
    void the_running_portal_sends_reminders_by_itself() throws InterruptedException {
        List<MimeMessage> reminders = List.of();
        for (int i = 0; i < 120 && reminders.size() < 2; i++) {
            reminders = Arrays.stream(receivedMails()).filter(m -> Mails.subject(m).startsWith("Herinnering")).toList();
            Thread.sleep(500);
        }
        assertThat(reminders).extracting(Mails::recipientOf).contains("facilitator@groepskracht.demo",
                "jgz@groepskracht.demo");
        assertThat(reminders).extracting(Mails::recipientOf).doesNotHaveDuplicates();
    }
}
