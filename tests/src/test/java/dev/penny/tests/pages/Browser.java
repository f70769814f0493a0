package dev.penny.tests.pages;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the distribution's packages, driven offline: the driver path is given, so
 * Selenium Manager never tries to download anything.
 */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    String driver = System.getProperty("penny.chromedriver", "/usr/bin/chromedriver");
    String binary = System.getProperty("penny.chromium", "/usr/bin/chromium");
    Path profile;
    try {
      profile = Files.createTempDirectory("penny-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile)));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover profile in the temporary folder is harmless.
    }
  }
}
