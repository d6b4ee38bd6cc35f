package nl.groepskracht.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * The packaged portal's own scheduler sends reminders, as it does in production: the demo group
 * meeting within the day gets its reminders over SMTP without anyone calling the job, each person
 * once however often the job runs again, and no job logs an error (checked after every journey).
 */
class BackgroundJobsIT extends PortalJourney {

    @Test
    void the_running_portal_sends_reminders_by_itself_and_each_only_once() throws InterruptedException {
        List<String> reminded = List.of();
        for (int i = 0; i < 120 && !recipients(reminded).containsAll(FACILITATORS); i++) {
            Thread.sleep(500);
            reminded = reminders();
        }
        assertThat(recipients(reminded)).containsAll(FACILITATORS);

        // the job runs every 3 s: three more rounds (and the dispatcher every second) would have sent a second one
        long rounds = reminderRounds();
        for (int i = 0; i < 120 && reminderRounds() < rounds + 3; i++) {
            Thread.sleep(500);
        }
        assertThat(reminderRounds()).as("the reminder job ran again").isGreaterThanOrEqualTo(rounds + 3);
        assertThat(reminders()).as("one reminder per person and session").doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(reminded.size());
    }

    private static final List<String> FACILITATORS = List.of("facilitator@groepskracht.demo", "jgz@groepskracht.demo");

    /** Each reminder received as "recipient subject" (the subject names the session). */
    private static List<String> reminders() {
        return Arrays.stream(receivedMails()).filter(m -> Mails.subject(m).startsWith("Herinnering"))
                .map(m -> Mails.recipientOf(m) + " " + Mails.subject(m)).toList();
    }

    private static List<String> recipients(List<String> reminders) {
        return reminders.stream().map(r -> r.substring(0, r.indexOf(' '))).toList();
    }

    private static long reminderRounds() {
        return portal().log().stream().filter(line -> line.contains("Reminder round done")).count();
    }
}
