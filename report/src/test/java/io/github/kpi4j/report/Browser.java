package io.github.kpi4j.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's ChromeDriver, both named by path
 * so that Selenium Manager never looks for (or downloads) a driver or a browser.
 *
 * <p>A machine without them (CI starts from a bare Debian) gets them from apt-get when the tests
 * run as root; where they cannot be installed, the tests fail and say why: a browser test that does
 * not run never passes.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** What the tests need from Debian, each with a file that shows it is there. */
  private static final Map<String, Path> PACKAGES =
      Map.of(
          "chromium", CHROMIUM,
          "chromium-driver", CHROMEDRIVER,
          // Chinese text rendered as Chinese, not as empty boxes, in the screenshots kept.
          "fonts-wqy-zenhei", Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * @return a fresh headless Chromium with a new profile
   */
  static Browser start() throws IOException {
    install();
    Path profile = Files.createTempDirectory("kpi4j-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    // The console, and the DevTools events that show every request.
    options.setCapability(
        "goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  private static void install() {
    List<String> missing = new ArrayList<>();
    PACKAGES.forEach(
        (name, file) -> {
          if (!Files.exists(file)) {
            missing.add(name);
          }
        });
    if (missing.isEmpty()) {
      return;
    }
    if (!isRoot()) {
      fail(
          "The browser tests need Debian's "
              + missing
              + " and are not run as root, so cannot install them: run `apt-get install -y "
              + String.join(" ", missing)
              + "` as root.");
    }
    run(List.of("apt-get", "update"));
    List<String> install =
        new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
    install.addAll(missing);
    run(install);
    PACKAGES.forEach(
        (name, file) -> {
          if (!Files.exists(file)) {
            fail("Installing " + name + " left no " + file + ": the browser tests cannot run.");
          }
        });
  }

  private static boolean isRoot() {
    try {
      Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return id.waitFor() == 0 && uid.equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " took more than 10 minutes: the browser is missing.");
      }
      if (process.exitValue() != 0) {
        fail(
            String.join(" ", command)
                + " failed with status "
                + process.exitValue()
                + ": the browser tests cannot run without Chromium.");
      }
    } catch (IOException e) {
      fail("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while installing the browser", e);
    }
  }

  /**
   * @return the driver
   */
  ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens a file and forgets the logs of what came before.
   *
   * @param file an HTML file
   */
  void open(Path file) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(file.toUri().toString());
  }

  /**
   * @param script JavaScript returning a value
   * @param arguments its arguments
   * @return what it returned
   */
  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * @return what the page wrote to the console since it was opened
   */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /**
   * @return the URLs the browser asked for since the page was opened, from the DevTools events
   */
  List<String> requests() {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      String message = entry.getMessage();
      if (message.contains("\"Network.requestWillBeSent\"")) {
        int at = message.indexOf("\"url\":\"");
        urls.add(at < 0 ? message : message.substring(at + 7, message.indexOf('"', at + 7)));
      }
    }
    return urls;
  }

  /**
   * Keeps a screenshot of the whole page, the window stretched to the page's height (at most 12,000
   * pixels), as a test artefact.
   *
   * @param file where the PNG goes
   */
  void screenshot(Path file) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
    driver
        .manage()
        .window()
        .setSize(new Dimension(before.width, (int) Math.min(height + 120, 12_000)));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    driver.manage().window().setSize(before);
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
