package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * A parent of the demo group that ended yesterday gets the evaluation by e-mail from the running
 * portal's own job, opens the link on a 360 px phone, forgets one answer, is told at the field, answers,
 * and is thanked; the link then shows the neutral page.
 */
class EvaluationJourneyIT extends PortalJourney {

    private static final Pattern LINK = Pattern.compile("(/evaluatie/[A-Za-z0-9_-]{43})");

    @Test
    void a_parent_answers_the_evaluation_on_a_phone_from_the_email_link() throws Exception {
        String mail = waitForMail("evaluatie-ouder-1@voorbeeld.invalid");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("a link in: " + mail).isTrue();

        Page page = newPage(360, 740);
        page.navigate(portal().url(link.group(1)));
        assertThat(page.locator("h1")).hasText("Hoe was de groep?");
        assertThat(page.locator("#group-name")).hasText("Sterk na de scheiding Noordoost");
        assertNoSidewaysScrolling(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/evaluation-phone.png")).setFullPage(true));

        page.locator("#usefulness label").nth(4).click();
        page.locator("#goalReached label").nth(3).click();
        page.locator("#support label").nth(4).click();
        page.getByLabel("Nee", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Wat vond u het waardevolst?").fill("Dat ik niet de enige ben.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();

        assertThat(page.locator("#errors")).containsText("Kies een cijfer van 1 tot en met 5.");
        assertThat(page.locator("#recommend-error")).isVisible();
        assertThat(page.locator("#mostValuable")).hasValue("Dat ik niet de enige ben.");
        assertNoSidewaysScrolling(page);
        page.locator("#recommend label").nth(4).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();

        assertThat(page.locator("h1")).hasText("Dank u wel");
        page.navigate(portal().url(link.group(1)));
        assertThat(page.locator("h1")).hasText("Deze vragenlijst is niet open");
        assertThat(page.context().cookies()).noneMatch(c -> c.name.equalsIgnoreCase("JSESSIONID"));
    }

    @Test
    void the_parent_who_never_came_and_the_one_who_signed_off_get_no_evaluation() throws Exception {
        waitForMail("evaluatie-ouder-2@voorbeeld.invalid");
        assertThat(Arrays.stream(receivedMails()).map(Mails::recipientOf)).doesNotContain(
                "evaluatie-ouder-4@voorbeeld.invalid", "evaluatie-ouder-5@voorbeeld.invalid");
        assertThat(Mails.subject(Arrays.stream(receivedMails()).filter(m -> Mails.recipientOf(m)
                .equals("evaluatie-ouder-3@voorbeeld.invalid")).findFirst().orElseThrow()))
                .isEqualTo("How was the group? Your view in two minutes");
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
    }

    private static String waitForMail(String recipient) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            Optional<MimeMessage> mail = Arrays.stream(receivedMails())
                    .filter(m -> Mails.recipientOf(m).equals(recipient) && Mails.text(m).contains("/evaluatie/"))
                    .findFirst();
            if (mail.isPresent()) {
                return Mails.text(mail.get());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no evaluation e-mail to " + recipient);
    }
}
