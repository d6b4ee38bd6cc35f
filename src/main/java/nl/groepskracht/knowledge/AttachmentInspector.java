package nl.groepskracht.knowledge;

import nl.groepskracht.base.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.util.function.SingletonSupplier;

/**
 * Decides whether an upload may be stored. The type comes from the content (Apache Tika), never
 * from the name; the name's extension must agree with it. Refused: empty, too large (checked
 * before and while reading), executables, and every type that is not a document or picture we use.
 */
@Component
class AttachmentInspector {

    static final String FIELD = "attachment";
    private static final Logger log = LoggerFactory.getLogger(AttachmentInspector.class);
    /** Extension → the type its content must have. */
    static final Map<String, String> ALLOWED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");
    private static final Set<String> EXECUTABLE = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
            "application/x-sh", "application/x-bat", "application/x-msi", "application/java-archive",
            "application/x-java-archive", "application/java-vm", "application/vnd.microsoft.portable-executable");

    /** Made at the first use: Tika reads its type database and every parser it has (seconds at start-up). */
    private final SingletonSupplier<Tika> tika = SingletonSupplier.of(Tika::new);
    private final long maxBytes;
    private final int maxTextChars;

    AttachmentInspector(@Value("${groepskracht.knowledge.attachment-max-size:20MB}") DataSize maxSize,
            @Value("${groepskracht.knowledge.attachment-text-max-chars:200000}") int maxTextChars) {
        this.maxBytes = maxSize.toBytes();
        this.maxTextChars = maxTextChars;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Reads at most one byte more than allowed; {@code declaredSize} is what the browser announced (-1: unknown). */
    InspectedFile inspect(String rawName, long declaredSize, InputStream in) {
        String name = fileName(rawName);
        if (declaredSize > maxBytes) {
            throw tooLarge();
        }
        byte[] content = read(in);
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw new FieldValidationException(FIELD, "knowledge.attachment.empty");
        }
        String detected = MediaType.parse(tika.obtain().detect(content)).getBaseType().toString();
        if (EXECUTABLE.contains(detected) || detected.contains("executable")) {
            throw new FieldValidationException(FIELD, "knowledge.attachment.executable");
        }
        if (!ALLOWED.containsValue(detected)) {
            throw new FieldValidationException(FIELD, "knowledge.attachment.type-not-allowed", detected);
        }
        String extension = extension(name);
        if (!detected.equals(ALLOWED.get(extension))) {
            throw new FieldValidationException(FIELD, "knowledge.attachment.extension-mismatch", extension, detected);
        }
        return new InspectedFile(name, detected, content.length, sha256(content), text(name, detected, content),
                content);
    }

    private FieldValidationException tooLarge() {
        return new FieldValidationException(FIELD, "knowledge.attachment.too-large", maxBytes / (1024 * 1024));
    }

    private byte[] read(InputStream in) {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of documents, capped; a picture has none, an unreadable document is stored without. */
    private String text(String name, String mediaType, byte[] content) {
        if (mediaType.startsWith("image/")) {
            return "";
        }
        try (var stream = TikaInputStream.get(content)) {
            return tika.obtain().parseToString(stream, new Metadata(), maxTextChars).strip();
        } catch (IOException | TikaException | RuntimeException e) {
            log.info("No text from attachment {} ({}): {}", name, mediaType, e.toString());
            return "";
        }
    }

    /** The last path element (some browsers send C:\fakepath\...), without control and format (bidi) characters. */
    static String fileName(String raw) {
        String name = raw == null ? "" : PlainText.name(raw.replaceAll("^.*[/\\\\]", ""));
        if (name.isEmpty() || name.length() > 255) {
            throw new FieldValidationException(FIELD, "knowledge.attachment.bad-name");
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
