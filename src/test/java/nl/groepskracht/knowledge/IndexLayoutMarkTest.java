package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLayoutMarkTest {

    @TempDir
    Path index;

    @Test
    void an_index_without_or_with_another_mark_is_not_current_until_written() throws Exception {
        var mark = new IndexLayoutMark(index, "local-filesystem", new SearchBackend("lucene"));
        assertThat(mark.current()).isFalse();

        mark.write();
        assertThat(mark.current()).isTrue();

        Files.writeString(index.resolve("layout.sha256"), "built with last year's chain");
        assertThat(mark.current()).isFalse();
    }

    @Test
    void an_index_in_memory_is_always_current() {
        assertThat(new IndexLayoutMark(index, "local-heap", new SearchBackend("lucene")).current()).isTrue();
    }

    @Test
    void the_fingerprint_reads_parameters_in_a_fixed_order() {
        assertThat(IndexLayoutMark.fingerprint()).hasSize(64).isEqualTo(IndexLayoutMark.fingerprint());
        assertThat(IndexLayoutMark.steps(DutchChain.spelling())).contains(
                "maxSubwordSize=20, minSubwordSize=4, minWordSize=6, onlyLongestMatch=false");
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Field {
        String name() default "";

        int[] sizes() default {};

        Class<?> bridge() default Void.class;
    }

    /** The same annotation as the JVM may show it: its elements listed in the given order. */
    private static Field field(String toString) {
        return (Field) Proxy.newProxyInstance(Field.class.getClassLoader(), new Class<?>[] {Field.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> Field.class;
                    case "toString" -> toString;
                    case "name" -> "body";
                    case "sizes" -> new int[] {4, 20};
                    case "bridge" -> String.class;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void an_annotation_reads_the_same_whatever_order_the_jvm_lists_its_elements_in() {
        // the order of an annotation's toString() changes from one JVM start to the next: every start rebuilt
        Field one = field("@Field(name=\"body\", sizes={4, 20}, bridge=java.lang.String.class)");
        Field other = field("@Field(bridge=java.lang.String.class, sizes={4, 20}, name=\"body\")");

        assertThat(IndexLayoutMark.render(one)).isEqualTo(IndexLayoutMark.render(other))
                .isEqualTo("@" + Field.class.getName() + "[bridge=java.lang.String, name=body, sizes=[4, 20]]");
    }
}
