package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Real headless Chromium for UI tests (Debian packages {@code chromium} and {@code chromium-driver};
 * {@code .ci/run} installs them). Paths can be overridden with DIXIT_CHROMIUM and DIXIT_CHROMEDRIVER.
 * When they are missing the tests fail with the command that installs them: a browser test that
 * silently skips would prove nothing.
 */
final class Browser {
    /** Kept referenced: Selenium warns on every start that it has no DevTools bindings for this Chromium (unused here). */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private Browser() {
    }

    static WebDriver start() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        File driver = find("DIXIT_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        File chromium = find("DIXIT_CHROMIUM", "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser");
        if (driver == null || chromium == null) {
            fail("headless Chromium is needed for the browser tests: apt-get install -y chromium chromium-driver "
                    + "(or set DIXIT_CHROMIUM and DIXIT_CHROMEDRIVER)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    private static File find(String env, String... candidates) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank()) {
            return new File(given);
        }
        for (String c : candidates) {
            File f = new File(c);
            if (f.canExecute()) {
                return f;
            }
        }
        return null;
    }

    /** Saves a screenshot as target/NAME.png and returns its path. */
    static Path screenshot(WebDriver driver, String name) throws IOException {
        Path out = Path.of("target", name + ".png");
        Files.createDirectories(out.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    /** The browser console's errors since the last call (script errors, failed loads, CSP refusals). */
    static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
