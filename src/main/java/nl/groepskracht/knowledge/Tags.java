package nl.groepskracht.knowledge;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Tags are short lower-case words or phrases, typed comma-separated. */
public final class Tags {

    private Tags() {
    }

    public static Set<String> parse(String typed) {
        return typed == null ? new TreeSet<>() : normalise(Arrays.asList(typed.split(",")));
    }

    public static String format(Collection<String> tags) {
        return String.join(", ", tags);
    }

    static Set<String> normalise(Collection<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }
}
