package nl.groepskracht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.groepskracht.directory.OrganisationKind;
import nl.groepskracht.group.AgeRange;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.schedule.SessionStatus;
import nl.groepskracht.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the translation files: both languages have the same keys,
 * every key the code and templates use exists, and views hold no hard-coded sentences.
 */
class TranslationsTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_CALL = Pattern.compile("(?:getTranslation|getMessage|text)\\(\\s*\"([^\"]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.-]+)");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([a-zA-Z0-9.-]+)}\"");
    private static final Pattern MENU_KEY = Pattern.compile("@Menu\\([^)]*title = \"([^\"]+)\"");
    private static final Pattern TITLE_KEY = Pattern.compile("titleKey\\(\\) \\{\\s*return \"([^\"]+)\"");

    private final Properties dutch = load("translations.properties");
    private final Properties english = load("translations_en.properties");

    @Test
    void dutch_and_english_have_the_same_keys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.values()).noneMatch(value -> value.toString().isBlank());
        assertThat(english.values()).noneMatch(value -> value.toString().isBlank());
    }

    @Test
    void every_key_used_in_code_and_templates_exists() throws IOException {
        List<String> used = new ArrayList<>();
        for (Path file : sources(".java")) {
            String code = Files.readString(file);
            Stream.of(KEY_CALL, VALIDATION_KEY, MENU_KEY, TITLE_KEY).forEach(p -> collect(p, code, used));
        }
        for (Path file : sources(".html")) {
            collect(TEMPLATE_KEY, Files.readString(file), used);
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            used.add("organisation.kind." + kind.name());
        }
        Stream.of("active", "locked", "inactive").forEach(s -> used.add("user.status." + s));
        enumKeys(used, "group.status.", GroupStatus.values());
        enumKeys(used, "group.age-range.", AgeRange.values());
        enumKeys(used, "group.signup-mode.", SignupMode.values());
        enumKeys(used, "session.status.", SessionStatus.values());
        enumKeys(used, "outbox.status.", MailStatus.values());
        enumKeys(used, "signup.children-ages.", nl.groepskracht.signup.ChildrenAges.values());
        enumKeys(used, "audit.sentence.", nl.groepskracht.privacy.AuditAction.values());
        enumKeys(used, "attendance.status.", nl.groepskracht.attendance.AttendanceStatus.values());
        enumKeys(used, "mine.status.", nl.groepskracht.signup.RegistrationStatus.values());
        for (String kind : List.of("confirm", "confirmed", "waitlisted", "promoted", "signed-off", "left-waiting-list",
                "removed", "group-closed", "data-deleted", "fresh-link")) {
            Stream.of("subject", "body", "action").forEach(part -> used.add("signup.mail." + kind + "." + part));
        }
        for (String kind : List.of("planned", "changed", "cancelled", "closed", "joined", "left")) {
            used.add("invite.mail." + kind + ".subject");
            used.add("invite.mail." + kind + ".body");
        }
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(dutch).as("key %s", key).containsKey(key));
    }

    /**
     * Parents read more languages than the portal (application.properties names them): each one's file holds
     * exactly the parent keys, none left in Dutch, every placeholder and plural choice of the Dutch text kept,
     * no apostrophe that MessageFormat would swallow, and date patterns that Java reads.
     */
    @Test
    void every_parent_language_has_every_parent_key_in_its_own_words() {
        List<String> parentKeys = ParentKeys.of(dutch);
        List<String> languages = ParentKeys.configuredLanguages();
        assertThat(languages).contains("nl", "en", "tr", "ar");
        for (String language : languages.stream().filter(l -> !l.equals("nl") && !l.equals("en")).toList()) {
            Properties translated = load("translations_" + language + ".properties");
            assertThat(translated.stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(parentKeys);
            assertThat(translated.getProperty("language.direction")).as(language).isIn("ltr", "rtl");
            for (String key : parentKeys) {
                String value = translated.getProperty(key);
                String original = dutch.getProperty(key);
                assertThat(value).as("%s %s", language, key).isNotBlank();
                if (!ParentKeys.SAME_IN_EVERY_LANGUAGE.matcher(key).matches()) {
                    assertThat(value).as("%s %s left in Dutch", language, key).isNotEqualTo(original);
                }
                ParentKeys.assertSameMessage(language + " " + key, original, value);
            }
        }
        for (String key : parentKeys) {
            ParentKeys.assertSameMessage("en " + key, dutch.getProperty(key), english.getProperty(key));
        }
    }

    /** What a parent's page shows comes only from parent keys (else a Turkish page would show Dutch). */
    @Test
    void the_public_pages_use_only_parent_keys() throws IOException {
        List<String> parentKeys = ParentKeys.of(dutch);
        List<String> used = new ArrayList<>();
        for (Path file : sources(".html")) {
            if (ParentKeys.isPublicTemplate(file)) {
                collect(TEMPLATE_KEY, Files.readString(file), used);
                collect(ParentKeys.DYNAMIC_KEY, Files.readString(file), used);
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(key.endsWith(".")
                ? parentKeys.stream().anyMatch(k -> k.startsWith(key)) : parentKeys.contains(key))
                .as("public pages use %s, which is no parent key", key).isTrue());
    }

    @Test
    void views_contain_no_hard_coded_text() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : sources(".java")) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String code = withoutComments(Files.readString(file));
            Matcher literal = LITERAL.matcher(code);
            while (literal.find()) {
                String text = literal.group(1);
                if (looksLikeProse(text) && !isTranslationKeyArgument(code, literal.start())) {
                    offences.add(file.getFileName() + ": \"" + text + "\"");
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    /** Words with a capital or a space are prose; ids, keys, CSS classes and routes are not. */
    private static boolean looksLikeProse(String text) {
        boolean cssFunction = text.matches("^[a-z-]+\\(.*\\)$");
        return !cssFunction && text.matches(".*\\p{L}.*")
                && (text.contains(" ") || Character.isUpperCase(text.charAt(0)));
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static boolean isTranslationKeyArgument(String code, int at) {
        String before = code.substring(Math.max(0, at - 20), at);
        // JavaScript handed to the browser is code, not text
        return before.endsWith("getTranslation(") || before.endsWith("executeJs(");
    }

    private static void enumKeys(List<String> into, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            into.add(prefix + value.name());
        }
    }

    private static void collect(Pattern pattern, String text, List<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> sources(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

}
