package nl.groepskracht.support;

import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Screenshots the journeys leave under {@code target/screenshots/} (CI keeps them), for people to look at. */
public final class Screenshots {

    private static final Path ROOT = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path of(String name, Page page) {
        Path file = ROOT.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    public static Path fullPage(String name, Page page) {
        Path file = ROOT.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Several screens in one picture, side by side with a gap (two tablets on one sheet). */
    public static Path sideBySide(String name, Page... pages) {
        try {
            List<BufferedImage> shots = new ArrayList<>();
            for (Page page : pages) {
                shots.add(ImageIO.read(new ByteArrayInputStream(page.screenshot())));
            }
            int gap = 24;
            int width = shots.stream().mapToInt(BufferedImage::getWidth).sum() + gap * (shots.size() + 1);
            int height = shots.stream().mapToInt(BufferedImage::getHeight).max().orElse(0) + 2 * gap;
            var combined = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = combined.createGraphics();
            g.setColor(new Color(0x33, 0x33, 0x33));
            g.fillRect(0, 0, width, height);
            int x = gap;
            for (BufferedImage shot : shots) {
                g.drawImage(shot, x, gap, null);
                x += shot.getWidth() + gap;
            }
            g.dispose();
            Path file = ROOT.resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(combined, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
