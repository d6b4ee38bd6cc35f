package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * On a phone-sized screen: a parent finds a group, signs up, opens the link from the e-mail,
 * confirms and sees that they have a place. No session cookie, no sideways scrolling.
 */
class ParentSignupJourneyIT extends PortalJourney {

    @Test
    void a_parent_signs_up_on_a_phone_confirms_from_the_email_and_has_a_place() throws Exception {
        Page page = newPage(360, 740);
        page.navigate(portal().url("/aanbod"));
        assertThat(page.locator("h1")).hasText("Aanbod voor ouders");
        assertNoSidewaysScrolling(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samen ouder blijven Overvecht")).click();

        String email = "amina." + System.nanoTime() + "@ouder.example";
        page.getByLabel("Uw naam").fill("Amina El Idrissi");
        page.getByLabel("Uw e-mailadres").fill(email);
        page.getByLabel("Ik geef toestemming").check();
        assertNoSidewaysScrolling(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/signup-phone.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        assertThat(page.locator("h1")).hasText("Kijk in uw e-mail");

        String link = Parents.confirmToken(waitForMail(email, "bevestig"));
        page.navigate(portal().url("/aanmelding/" + link));
        assertThat(page.locator("h1")).hasText("Bevestig uw aanmelding");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestig aanmelding")).click();
        assertThat(page.locator("#outcome")).hasText("U bent aangemeld");
        assertThat(page.locator("#dates li")).not().hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/confirmed-phone.png")));
        page.locator("#mine-link").click();
        assertThat(page.locator("h1")).hasText("Mijn aanmeldingen");

        assertThat(page.context().cookies()).noneMatch(c -> c.name.equalsIgnoreCase("JSESSIONID"));
        String confirmed = waitForMail(email, "aangemeld");
        assertThat(Parents.personalToken(confirmed)).hasSize(43);
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
    }

    private static String waitForMail(String recipient, String subjectWord) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            Optional<MimeMessage> mail = Arrays.stream(receivedMails())
                    .filter(m -> Mails.recipientOf(m).equals(recipient))
                    .filter(m -> subject(m).toLowerCase().contains(subjectWord)).findFirst();
            if (mail.isPresent()) {
                return GreenMailUtil.getBody(mail.get()).replace("=\r\n", "");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail '" + subjectWord + "' for " + recipient);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
