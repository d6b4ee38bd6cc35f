package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the index on disk was built with: a fingerprint of the analysis chain ({@link DutchChain},
 * its word lists) and of the indexed fields, kept in a file beside the index. A portal started
 * with another chain or field layout than the one that built the index rebuilds it instead of
 * searching terms the index does not hold. An index in memory (tests) has nothing to compare, nor has
 * one on OpenSearch: the cluster's index settings are checked against the analysis at every start
 * (Hibernate Search's schema validation), and a changed chain means a rebuild by hand (README).
 */
@Component
class IndexLayoutMark {

    private static final String FILE = "layout.sha256";
    private final Path directory;

    IndexLayoutMark(@Value("${groepskracht.knowledge.index-dir}") Path directory,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type,
            SearchBackend backend) {
        this.directory = !backend.shared() && "local-filesystem".equals(type) ? directory : null;
    }

    /** Whether the index was built with today's layout (always true when it lives in memory). */
    boolean current() {
        if (directory == null) {
            return true;
        }
        Path file = directory.resolve(FILE);
        try {
            return Files.exists(file) && Files.readString(file).strip().equals(fingerprint());
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the index now holds today's layout. */
    void write() {
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(FILE), fingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprint() {
        List<String> parts = new ArrayList<>();
        Stream.of(DutchChain.dutch(true), DutchChain.dutch(false), DutchChain.stemmed(), DutchChain.spelling())
                .map(IndexLayoutMark::steps).forEach(parts::add);
        parts.add(resource(DutchChain.COMPOUND_PARTS));
        parts.add(resource(DutchChain.STEM_OVERRIDES));
        for (Class<?> type : List.of(KnowledgeItem.class, KnowledgeAttachment.class)) {
            parts.add(annotations(type));
            Arrays.stream(type.getDeclaredFields()).map(IndexLayoutMark::annotations).sorted().forEach(parts::add);
            Arrays.stream(type.getDeclaredMethods()).map(IndexLayoutMark::annotations).sorted().forEach(parts::add);
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            parts.forEach(part -> digest.update((part + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parameters sorted: {@code Map.of} iterates in an order that changes from one JVM start to the next. */
    static String steps(List<DutchChain.Step> steps) {
        return steps.stream().map(step -> step.filter() + new TreeMap<>(step.params())).toList().toString();
    }

    private static String annotations(AnnotatedElement element) {
        return element + " " + Arrays.stream(element.getAnnotations())
                .filter(a -> a.annotationType().getPackageName().startsWith("org.hibernate.search"))
                .map(IndexLayoutMark::render).sorted().toList();
    }

    /**
     * An annotation with its elements sorted by name. Not its {@code toString()}: that lists the elements in an
     * order that changes from one JVM start to the next (the defaults come from a hash map), so the fingerprint
     * changed at every start and every start rebuilt the index.
     */
    static String render(Object value) {
        if (value instanceof Annotation annotation) {
            Method[] elements = annotation.annotationType().getDeclaredMethods();
            Arrays.sort(elements, Comparator.comparing(Method::getName));
            List<String> rendered = new ArrayList<>();
            for (Method element : elements) {
                try {
                    element.setAccessible(true);
                    rendered.add(element.getName() + "=" + render(element.invoke(annotation)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return "@" + annotation.annotationType().getName() + rendered;
        }
        if (value != null && value.getClass().isArray()) {
            List<String> rendered = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                rendered.add(render(Array.get(value, i)));
            }
            return rendered.toString();
        }
        return value instanceof Class<?> type ? type.getName() : String.valueOf(value);
    }

    private static String resource(String name) {
        try (InputStream in = IndexLayoutMark.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
