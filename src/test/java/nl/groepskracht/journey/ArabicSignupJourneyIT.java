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
 * A parent whose phone speaks Arabic (390 px wide) finds a group, signs up and confirms from the e-mail, all
 * in Arabic and right to left, without choosing a language: the browser's Accept-Language is enough, and the
 * links in the mail keep it. The layout mirrors (the notice's bar on the right, the list indented from the
 * right), the phone number and e-mail address stay left to right, nothing scrolls sideways. Screenshots go
 * to target/screenshots/issue19.
 */
class ArabicSignupJourneyIT extends PortalJourney {

    private static final Path SHOTS = Path.of("target", "screenshots", "issue19");
    private static final Pattern LINK = Pattern.compile("http://[^\\s\"<>]+/aanmelding/[A-Za-z0-9_-]{43}\\?lang=ar");

    @Test
    void an_arabic_speaking_parent_signs_up_on_a_phone_right_to_left() throws Exception {
        Page page = arabicPhone();
        page.navigate(portal().url("/aanbod"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("مجموعات للآباء والأمهات");
        shot(page, "1-offer.png");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samen ouder blijven Overvecht")).click();

        assertThat(page.locator("h1")).hasAttribute("lang", "nl");
        assertThat(page.locator("#description")).hasAttribute("lang", "nl");
        assertMirrored(page);
        String email = "amal." + System.nanoTime() + "@ouder.example";
        page.getByLabel("اسمكم").fill("أمل الحسيني");
        page.getByLabel("بريدكم الإلكتروني").fill(email);
        page.locator("#phone").fill("06 12345678");
        page.getByLabel("أوافق").check();
        assertThat(page.locator("#language")).hasValue("ar");
        assertThat(page.locator("#email")).hasAttribute("dir", "ltr");
        assertNoSidewaysScrolling(page);
        shot(page, "2-sign-up-form.png");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال التسجيل")).click();
        assertThat(page.locator("h1")).hasText("انظروا في بريدكم الإلكتروني");
        shot(page, "3-check-your-mail.png");

        String mail = waitForMail(email, "أكّدوا تسجيلكم");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("the confirm link carries the parent's language").isTrue();
        Page fromMail = freshArabicPhone(false);
        fromMail.navigate(link.group());
        assertThat(fromMail.locator("html")).hasAttribute("dir", "rtl");
        fromMail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تأكيد التسجيل")).click();
        assertThat(fromMail.locator("#outcome")).hasText("تمّ تسجيلكم");
        assertThat(fromMail.locator("#contact a[href^='tel:']")).hasAttribute("dir", "ltr");
        assertThat(fromMail.locator("#dates li")).not().hasCount(0);
        assertNoSidewaysScrolling(fromMail);
        shot(fromMail, "4-confirmed.png");

        fromMail.locator("#mine-link").click();
        assertThat(fromMail.locator("h1")).hasText("تسجيلاتي");
        fromMail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("لا أستطيع الحضور هذه المرة"))
                .first().click();
        assertThat(fromMail.locator("#notice")).containsText("اعتذرتم عن حضور هذا اللقاء");
        assertTimeRangesUnbroken(fromMail);
        shot(fromMail, "5-my-sign-ups-excused.png");
        fromMail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("سأحضر رغم ذلك")).click();
        assertThat(fromMail.locator("#notice")).containsText("يسعدنا أنكم ستحضرون");
        assertThat(page.context().cookies()).noneMatch(c -> c.name.equalsIgnoreCase("JSESSIONID"));
    }

    /** The same page in Dutch and in Arabic: what is on the left in one is on the right in the other. */
    private static void assertMirrored(Page arabic) {
        String notice = "() => { const s = getComputedStyle(document.querySelector('.gk-notice'));"
                + " return [s.borderLeftWidth, s.borderRightWidth, s.textAlign]; }";
        String dates = "() => { const s = getComputedStyle(document.querySelector('.gk-dates'));"
                + " return [s.paddingLeft, s.paddingRight]; }";
        assertThat(arabic.evaluate(notice).toString()).isEqualTo("[0px, 4px, start]");
        assertThat(arabic.evaluate(dates).toString()).isEqualTo("[0px, 19.2px]");
        Page dutch = newPage(390, 844);
        dutch.navigate(arabic.url() + "?lang=nl");
        assertThat(dutch.evaluate(notice).toString()).isEqualTo("[4px, 0px, start]");
        assertThat(dutch.evaluate(dates).toString()).isEqualTo("[19.2px, 0px]");
        dutch.context().close();
    }

    /** On the narrow card of "Mijn aanmeldingen" a date may wrap, but "19:30–21:00" stays on one line. */
    private static void assertTimeRangesUnbroken(Page page) {
        Object broken = page.evaluate("""
                () => Array.from(document.querySelectorAll('.gk-sessions time')).filter(t => {
                  const text = t.firstChild, at = text.textContent.search(/\\d\\d:\\d\\d–/);
                  const range = document.createRange();
                  range.setStart(text, at);
                  range.setEnd(text, text.textContent.length);
                  const tops = Array.from(range.getClientRects()).map(r => r.top);
                  return Math.max(...tops) - Math.min(...tops) > 10;
                }).map(t => t.textContent)""");
        assertThat((java.util.List<?>) broken).as("time ranges broken over two lines").isEmpty();
    }

    private static Page arabicPhone() {
        return freshArabicPhone(true);
    }

    /** A phone whose browser asks for Arabic; the one that opens the mail has no cookies of the first. */
    private static Page freshArabicPhone(boolean first) {
        return newPage(390, 844, first ? "ar-MA" : "nl-NL");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    }

    private static String waitForMail(String recipient, String subjectWord) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            Optional<MimeMessage> mail = Arrays.stream(receivedMails())
                    .filter(m -> Mails.recipientOf(m).equals(recipient))
                    .filter(m -> Mails.subject(m).contains(subjectWord)).findFirst();
            if (mail.isPresent()) {
                return Mails.text(mail.get());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail '" + subjectWord + "' for " + recipient);
    }
}
