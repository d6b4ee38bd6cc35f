package nl.groepskracht.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The organisation's logo on the impact report, uploaded by the administrator and kept in the database.
 * Like knowledge attachments, its type comes from the content (Apache Tika), never from the name: only a
 * PNG or JPEG of at most {@value #MAX_KB} KB is taken (refused by its announced size before reading, and
 * while reading); anything else is refused with a message and nothing is stored.
 */
@Service
public class ReportLogos {

    public static final int MAX_KB = 512;
    static final String FIELD = "logo";
    private static final List<String> TYPES = List.of("image/png", "image/jpeg");
    /** Made at the first use: Tika reads its type database and every parser it has (seconds at start-up). */
    private final SingletonSupplier<Tika> tika = SingletonSupplier.of(Tika::new);
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReportLogos(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The logo as stored: its type and bytes. */
    public record Logo(String mediaType, byte[] content) {

        /** For an {@code img} in the report's HTML (the page and the PDF alike). */
        public String dataUri() {
            return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(content);
        }
    }

    /**
     * Replaces the logo. {@code declaredSize} is what the browser announced (-1: unknown).
     *
     * @throws FieldValidationException at {@value #FIELD}: empty, too large, or not a PNG or JPEG
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_ADMIN)
    public void upload(long declaredSize, InputStream in) {
        long max = MAX_KB * 1024L;
        if (declaredSize > max) {
            throw new FieldValidationException(FIELD, "report.logo.too-large", MAX_KB);
        }
        byte[] content = read(in, max);
        if (content.length > max) {
            throw new FieldValidationException(FIELD, "report.logo.too-large", MAX_KB);
        }
        if (content.length == 0) {
            throw new FieldValidationException(FIELD, "report.logo.empty");
        }
        String type = MediaType.parse(tika.obtain().detect(content)).getBaseType().toString();
        if (!TYPES.contains(type)) {
            throw new FieldValidationException(FIELD, "report.logo.type");
        }
        var params = new MapSqlParameterSource("type", type).addValue("content", content)
                .addValue("at", java.sql.Timestamp.from(clock.instant()))
                .addValue("by", SecurityContextHolder.getContext().getAuthentication().getName());
        jdbc.update("INSERT INTO report_logo (id, media_type, content, uploaded_at, uploaded_by) VALUES (1, :type,"
                + " :content, :at, :by) ON DUPLICATE KEY UPDATE media_type = :type, content = :content,"
                + " uploaded_at = :at, uploaded_by = :by", params);
    }

    @Transactional
    @PreAuthorize(Roles.ONLY_ADMIN)
    public void remove() {
        jdbc.update("DELETE FROM report_logo", Map.of());
    }

    /** The logo, if the administrator uploaded one (the report shows it; so does the upload panel). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public Optional<Logo> current() {
        return jdbc.query("SELECT media_type, content FROM report_logo WHERE id = 1", Map.of(),
                (rs, i) -> new Logo(rs.getString(1), rs.getBytes(2))).stream().findFirst();
    }

    private static byte[] read(InputStream in, long max) {
        try (in) {
            return in.readNBytes((int) max + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
