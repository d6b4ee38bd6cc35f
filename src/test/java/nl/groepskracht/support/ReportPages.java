package nl.groepskracht.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every page of a PDF as a PNG, drawn by Poppler's pdftoppm (as a reader's viewer draws it). */
public final class ReportPages {

    private ReportPages() {
    }

    /** Writes {@code <prefix>-1.png}, {@code -2.png} … into the folder and returns them in page order. */
    public static List<Path> draw(byte[] pdf, Path folder, String prefix) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).toList()) {
                Files.delete(file);
            }
        }
        Path source = folder.resolve(prefix + ".pdf");
        Files.write(source, pdf);
        Process process = new ProcessBuilder("pdftoppm", "-r", "80", "-png", source.toString(),
                folder.resolve(prefix).toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pdftoppm failed: " + output);
        }
        try (Stream<Path> pages = Files.list(folder)) {
            // pdftoppm numbers pages with as many digits as the last page needs: report-page-1.png … -12.png
            return pages.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(prefix)
                    + "-0*\\d+\\.png")).sorted(java.util.Comparator.comparingInt(ReportPages::number)).toList();
        }
    }

    private static int number(Path page) {
        String name = page.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.length() - 4));
    }
}
