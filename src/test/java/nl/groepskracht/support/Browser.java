package nl.groepskracht.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright (Playwright's own browser download is not possible here). */
public final class Browser {

    private Browser() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static com.microsoft.playwright.Browser chromium(Playwright playwright) {
        Path profile = Path.of("target", "it", "chromium").toAbsolutePath();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setEnv(Map.of("XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString(),
                        "HOME", profile.toString()))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    private static Path executable() {
        String configured = System.getProperty("groepskracht.it.chromium");
        if (configured != null) {
            return Path.of(configured);
        }
        return List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Debian chromium is not installed (apt-get install chromium)"));
    }
}
