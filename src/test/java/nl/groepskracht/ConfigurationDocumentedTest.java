package nl.groepskracht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting of the portal's own ({@code groepskracht.*}) that the code reads — through
 * {@code @Value}/{@code @Scheduled} placeholders, {@code getProperty}, conditions, or application.properties
 * — is a row of README's configuration table, and every such row is still read somewhere.
 */
class ConfigurationDocumentedTest {

    /** Names that look like settings but are session and request attributes. */
    private static final Set<String> NOT_SETTINGS = Set.of("groepskracht.login.typed-email", "groepskracht.staleForm",
            "groepskracht.tooManyRequests", "groepskracht.session.active-at", "groepskracht.session.signed-in-at");
    private static final Pattern KEY = Pattern.compile("[\"{]\\s*(groepskracht\\.[A-Za-z0-9.-]*[A-Za-z0-9])");
    private static final Pattern PROPERTY_LINE = Pattern.compile("^#?\\s*(groepskracht\\.[a-z0-9.-]+)=", Pattern.MULTILINE);

    @Test
    void every_setting_the_code_reads_is_in_the_configuration_table_of_readme_and_no_other() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                find(KEY, Files.readString(source), read);
            }
        }
        find(PROPERTY_LINE, Files.readString(Path.of("src/main/resources/application.properties")), read);
        read.removeAll(NOT_SETTINGS);

        assertThat(documented()).as("README, section Configuration").containsExactlyInAnyOrderElementsOf(read);
    }

    /** The settings named in the first column of README's configuration table ({@code `a.b`} / {@code `.c`}). */
    private static Set<String> documented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        Set<String> names = new TreeSet<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String previous = null;
            Matcher name = Pattern.compile("`([^`]+)`").matcher(line.split("\\|")[1]);
            while (name.find()) {
                String full = name.group(1).startsWith(".") && previous != null
                        ? previous.substring(0, previous.lastIndexOf('.')) + name.group(1) : name.group(1);
                names.add(full);
                previous = full;
            }
        }
        names.removeIf(n -> !n.startsWith("groepskracht."));
        return names;
    }

    private static void find(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
