package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

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
}
