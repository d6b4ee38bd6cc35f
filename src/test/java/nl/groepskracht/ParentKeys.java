package nl.groepskracht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parent keys: every text a parent reads — the public pages, their forms and errors, the confirm page,
 * Mijn aanmeldingen and its export, the evaluation form, every e-mail to a parent and its calendar text.
 * A parent language's file (translations_tr.properties …) holds exactly these; the portal's keys stay
 * Dutch and English. A new text for parents takes a key under one of these prefixes.
 */
final class ParentKeys {

    static final List<String> PREFIXES = List.of("app.", "language.choose", "language.direction", "format.",
            "typeMismatch", "public.", "offer.", "signup.", "confirm.", "link.", "mine.", "toomany.", "poster.",
            "export.", "toeleiding.", "evaluation.question.", "evaluation.more-help.", "evaluation.scale.",
            "evaluation.open.most-valuable", "evaluation.open.could-be-better", "evaluation.open.hint",
            "evaluation.form.", "evaluation.thanks.", "evaluation.to-offer", "evaluation.unavailable.",
            "evaluation.mail.", "invite.summary", "invite.description", "invite.facilitators", "invite.cancel-reason",
            "invite.your-group", "invite.mail.footer", "invite.mail.mine", "invite.mail.planned.",
            "invite.mail.changed.", "invite.mail.cancelled.", "invite.mail.closed.", "reminder.mail.subject",
            "reminder.mail.body", "error.public.", "error.notfound.", "error.denied.", "error.bad-request.",
            "error.reference", "validation.", "group.age-range.", "attendance.status.");
    /** Keys of the portal under a parent prefix: the phone sign-up's question and its empty choice. */
    static final Set<String> PORTAL_ONLY = Set.of("toeleiding.question.phone", "toeleiding.unknown");
    /** Names and patterns that may read the same as in Dutch. */
    static final Pattern SAME_IN_EVERY_LANGUAGE = Pattern.compile("app\\.name|language\\.direction|format\\..*");
    /** A key built in a template: {@code #{'mine.status.' + ${r.status}}}. */
    static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9.-]+\\.)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)");
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,");
    private static final Pattern MESSAGE_ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Server-rendered pages of the portal (Dutch and English only, like its views): the impact report, the login page. */
    private static final List<String> PROFESSIONAL_TEMPLATES = List.of("rapport.html", "login.html");

    private ParentKeys() {
    }

    static List<String> of(Properties dutch) {
        return dutch.stringPropertyNames().stream().filter(k -> PREFIXES.stream().anyMatch(k::startsWith))
                .filter(k -> !PORTAL_ONLY.contains(k)).sorted().toList();
    }

    /** {@code groepskracht.parent-languages} of application.properties. */
    static List<String> configuredLanguages() {
        var properties = new Properties();
        try (InputStream in = ParentKeys.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(properties.getProperty("groepskracht.parent-languages").split(",")).map(String::strip)
                .toList();
    }

    static boolean isPublicTemplate(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/templates/") && !PROFESSIONAL_TEMPLATES.contains(file.getFileName().toString());
    }

    /** The translation keeps what the Dutch text's formatting needs; what it says is the translator's. */
    static void assertSameMessage(String what, String original, String translated) {
        assertThat(placeholders(translated)).as("%s: placeholders", what).isEqualTo(placeholders(original));
        Set<String> choices = matches(CHOICE, original);
        assertThat(matches(CHOICE, translated)).as("%s: plural choices", what).containsAll(choices);
        if (what.contains(" format.day") || what.contains(" format.time")) {
            DateTimeFormatter.ofPattern(translated);
        }
        if (!MESSAGE_ARGUMENT.matcher(original).find()) {
            return;
        }
        assertThat(translated.replace("''", "")).as("%s: a lone apostrophe hides text in MessageFormat", what)
                .doesNotContain("'");
        for (int n : new int[] {0, 1, 2, 3, 5, 12}) {
            Object[] args = new Object[10];
            Arrays.fill(args, n);
            assertThat(new MessageFormat(translated, Locale.ROOT).format(args)).as("%s formatted with %d", what, n)
                    .doesNotContain("{", "}");
        }
    }

    private static Set<String> placeholders(String text) {
        return matches(PLACEHOLDER, text);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
