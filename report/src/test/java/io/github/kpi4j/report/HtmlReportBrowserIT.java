package io.github.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.KpiAssessment;
import io.github.kpi4j.assessment.YearComparison;
import io.github.kpi4j.model.AnnualPlan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The reports as a reader sees them: rendered by headless Chromium, checked through the DOM, the
 * pixels and axe-core. Every report opened is kept as a screenshot under {@code target/browser/}.
 */
class HtmlReportBrowserIT {
  private static final Locale ZH = Locale.forLanguageTag("zh-TW");
  private static final List<String> RATINGS =
      List.of("achieved", "nearly-achieved", "not-achieved", "not-assessed");

  private static Path artefacts;
  private static Browser browser;

  @BeforeAll
  static void writeReportsAndStartTheBrowser() throws IOException {
    artefacts = Path.of(System.getProperty("kpi4j.artefacts", "target/browser"));
    Files.createDirectories(artefacts);
    write(
        "bundled-en.html",
        HtmlReport.standard(),
        Fixtures.bundledPlans(),
        bundledAssessments(Locale.ENGLISH));
    write(
        "bundled-zh-TW.html",
        HtmlReport.builder().locale(ZH).build(),
        Fixtures.bundledPlans(),
        bundledAssessments(ZH));
    write(
        "trend-zh-TW.html",
        HtmlReport.builder().locale(ZH).build(),
        List.of(Fixtures.mac105()),
        Fixtures.mac106And107(ZH));
    write(
        "hostile.html",
        HtmlReport.builder().validator(HostilePlan.validator()).build(),
        List.of(HostilePlan.plan()),
        List.of());
    browser = Browser.start();
  }

  @AfterAll
  static void stopTheBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<Assessment> bundledAssessments(Locale locale) {
    return List.of(Fixtures.bundledAssessment(locale));
  }

  private static void write(
      String name, HtmlReport report, List<AnnualPlan> plans, List<Assessment> assessments)
      throws IOException {
    Files.writeString(
        artefacts.resolve(name), report.render(plans, assessments), StandardCharsets.UTF_8);
  }

  private static WebElement planSection(String agencyName) {
    return browser.driver().findElements(By.cssSelector("section.plan")).stream()
        .filter(s -> s.findElement(By.tagName("h2")).getText().startsWith(agencyName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section for the plan of " + agencyName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bundled-en.html", "bundled-zh-TW.html", "trend-zh-TW.html"})
  void should_load_with_no_console_error_and_no_network_request(String report) throws IOException {
    // GIVEN a report written by the module
    Path file = artefacts.resolve(report).toAbsolutePath();

    // WHEN the browser opens it
    browser.open(file);

    // THEN it loaded everything from itself: nothing logged, nothing fetched
    assertThat(browser.console()).isEmpty();
    assertThat(browser.requests()).allMatch(url -> url.equals(file.toUri().toString()));
    assertThat(browser.script("return performance.getEntriesByType('resource').length;"))
        .isEqualTo(0L);
    assertThat(browser.driver().findElements(By.cssSelector("script, link, img, iframe")))
        .isEmpty();
    browser.screenshot(artefacts.resolve(report.replace(".html", ".png")));
  }

  @Test
  void should_give_every_kpi_of_the_plan_its_row_and_its_light() {
    // GIVEN the report of the bundled plans, with MAC 107 assessed
    Assessment assessment = Fixtures.bundledAssessment(Locale.ENGLISH);

    // WHEN the browser opens it
    browser.open(artefacts.resolve("bundled-en.html").toAbsolutePath());

    // THEN each plan's table has one row per KPI, in plan order; the assessed one a light per row
    for (AnnualPlan plan : Fixtures.bundledPlans()) {
      WebElement section = planSection(plan.agency().name());
      List<WebElement> rows = section.findElements(By.cssSelector("table.kpis tr.kpi"));
      assertThat(rows)
          .extracting(r -> r.findElement(By.tagName("th")).getText())
          .containsExactlyElementsOf(plan.kpis().stream().map(k -> k.id().text()).toList());
      boolean assessed = plan.agency().code().equals(assessment.agencyCode());
      for (int i = 0; i < rows.size(); i++) {
        List<WebElement> lights = rows.get(i).findElements(By.cssSelector(".c-rating .light"));
        if (!assessed) {
          assertThat(lights).isEmpty();
          continue;
        }
        KpiAssessment kpi = assessment.kpis().get(i);
        assertThat(lights).hasSize(1);
        assertThat(lights.get(0).getAttribute("data-rating")).isEqualTo(kpi.rating().code());
        assertThat(lights.get(0).getText()).isNotBlank();
      }
    }
  }

  @Test
  void should_chart_one_mark_per_year_a_kpi_is_given() {
    // GIVEN MAC across 105 (plan only, without KPI 6.4), 106 and 107 (assessed)
    List<AnnualPlan> plans = new ArrayList<>(List.of(Fixtures.mac105()));
    Fixtures.mac106And107(ZH).forEach(a -> plans.add(a.plan()));
    YearComparison comparison = YearComparison.of(plans);

    // WHEN the browser opens the report
    browser.open(artefacts.resolve("trend-zh-TW.html").toAbsolutePath());

    // THEN each KPI's chart has one mark for each year whose plan has the KPI, and no other
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("article.trend-row"));
    assertThat(rows).hasSize(comparison.rows().size());
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (YearComparison.Row row : comparison.rows()) {
      expected.put(
          row.name(),
          row.years().stream()
              .filter(YearComparison.YearEntry::present)
              .map(y -> String.valueOf(y.rocYear()))
              .toList());
    }
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (WebElement row : rows) {
      actual.put(
          row.findElement(By.tagName("h3")).getText(),
          row.findElements(By.cssSelector("svg.chart g.year-mark")).stream()
              .map(m -> m.getAttribute("data-year"))
              .toList());
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("蒐整國際輿情及相關資訊")).containsExactly("106", "107");
  }

  @Test
  void should_link_kpis_programmes_and_findings_where_they_belong() {
    // GIVEN the report of the bundled plans
    browser.open(artefacts.resolve("bundled-en.html").toAbsolutePath());

    // THEN every link inside the document has a target
    assertThat(
            browser.script(
                "return [...document.querySelectorAll('a[href^=\"#\"]')]"
                    + ".filter(a => !document.getElementById(a.getAttribute('href').slice(1)))"
                    + ".map(a => a.getAttribute('href'));"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .isEmpty();

    // WHEN a KPI's programme link is followed, THEN it lands on a programme linking back to it
    WebElement mac = planSection("大陸委員會");
    WebElement kpi = mac.findElement(By.cssSelector("tr.kpi"));
    String kpiId = kpi.getAttribute("id");
    WebElement toProgramme = kpi.findElement(By.cssSelector(".c-links a"));
    String programmeId = toProgramme.getAttribute("href").replaceAll(".*#", "");
    toProgramme.click();
    assertThat(browser.script("return location.hash;")).isEqualTo("#" + programmeId);
    WebElement programme = browser.driver().findElement(By.id(programmeId));
    assertThat(programme.getAttribute("class")).contains("programme");
    WebElement back = programme.findElement(By.cssSelector(".c-links a[href='#" + kpiId + "']"));
    back.click();
    assertThat(browser.script("return location.hash;")).isEqualTo("#" + kpiId);

    // WHEN a finding beside a KPI is followed, THEN the list entry links back to that KPI
    WebElement flagged =
        browser.driver().findElements(By.cssSelector("tr.kpi")).stream()
            .filter(r -> !r.findElements(By.cssSelector(".findings-here a")).isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no KPI with a finding beside it"));
    WebElement toFinding = flagged.findElement(By.cssSelector(".findings-here a"));
    String findingId = toFinding.getAttribute("href").replaceAll(".*#", "");
    toFinding.click();
    assertThat(browser.script("return location.hash;")).isEqualTo("#" + findingId);
    WebElement entry = browser.driver().findElement(By.id(findingId));
    assertThat(entry.getAttribute("class")).contains("finding");
    WebElement about = entry.findElement(By.cssSelector("a"));
    assertThat(about.getAttribute("href")).endsWith("#" + flagged.getAttribute("id"));
    about.click();
    assertThat(browser.script("return location.hash;")).isEqualTo("#" + flagged.getAttribute("id"));
  }

  @Test
  void should_tell_the_lights_apart_in_greyscale() throws IOException {
    // GIVEN the report of the bundled plans, shown without colour
    browser.open(artefacts.resolve("bundled-en.html").toAbsolutePath());
    browser.script("document.documentElement.style.filter = 'grayscale(1)';");

    // WHEN each light of the legend is photographed
    Map<String, double[]> pictures = new LinkedHashMap<>();
    Map<String, String> words = new LinkedHashMap<>();
    for (String rating : RATINGS) {
      WebElement light = browser.driver().findElement(By.cssSelector(".legend .light-" + rating));
      byte[] png = light.findElement(By.cssSelector("svg")).getScreenshotAs(OutputType.BYTES);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(isGrey(image)).as("%s is drawn in grey", rating).isTrue();
      pictures.put(rating, luminance(image, 12));
      words.put(rating, light.getText());
      Files.write(artefacts.resolve("grey-light-" + rating + ".png"), png);
    }
    browser.screenshot(artefacts.resolve("bundled-en-greyscale.png"));

    // THEN every two lights differ in their pixels, and in their words
    for (int i = 0; i < RATINGS.size(); i++) {
      for (int j = i + 1; j < RATINGS.size(); j++) {
        double difference = difference(pictures.get(RATINGS.get(i)), pictures.get(RATINGS.get(j)));
        assertThat(difference)
            .as("%s against %s in greyscale", RATINGS.get(i), RATINGS.get(j))
            .isGreaterThan(20);
      }
    }
    assertThat(words.values()).doesNotHaveDuplicates().allMatch(w -> !w.isBlank());
  }

  private static boolean isGrey(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (Math.abs(r - g) > 3 || Math.abs(g - b) > 3) {
          return false;
        }
      }
    }
    return true;
  }

  /** The picture's luminance on a grid of size × size cells, each the mean of its pixels. */
  private static double[] luminance(BufferedImage image, int size) {
    double[] cells = new double[size * size];
    int[] counts = new int[size * size];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int cell = (y * size / image.getHeight()) * size + x * size / image.getWidth();
        cells[cell] += image.getRGB(x, y) & 0xFF;
        counts[cell]++;
      }
    }
    for (int i = 0; i < cells.length; i++) {
      cells[i] = counts[i] == 0 ? 255 : cells[i] / counts[i];
    }
    return cells;
  }

  /** The mean absolute difference of two luminance grids, 0 to 255. */
  private static double difference(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }

  @Test
  void should_show_hostile_text_as_text() throws IOException {
    // GIVEN a plan whose text tries markup, script, style and broken characters
    Path file = artefacts.resolve("hostile.html").toAbsolutePath();

    // WHEN the browser opens its report
    browser.open(file);

    // THEN no script ran, no element was injected, and the text reads as written
    assertThat(browser.script("return typeof window.kpi4jPwned;")).isEqualTo("undefined");
    assertThat(browser.driver().findElements(By.cssSelector("script, img, iframe, object, embed")))
        .isEmpty();
    assertThat(
            browser.script(
                "return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                    + ".some(a => a.name.startsWith('on'))).length;"))
        .isEqualTo(0L);
    assertThat(browser.script("return document.querySelectorAll('style').length;")).isEqualTo(1L);
    String heading = browser.driver().findElement(By.cssSelector("section.plan h2")).getText();
    assertThat(heading).contains(HostilePlan.AGENCY);
    assertThat(browser.driver().findElement(By.cssSelector("tr.kpi .c-standard")).getText())
        .contains(HostilePlan.STANDARD);
    assertThat(browser.driver().findElement(By.cssSelector(".strategies li")).getText())
        .contains("😀", "<b>");
    assertThat(browser.driver().findElement(By.cssSelector("tr.kpi .findings-here")).getText())
        .contains("lone surrogates \uFFFD and \uFFFD and </li></ul><script>");
    // AND the layout holds: nothing wider than the window, the long name wrapped in its cell
    assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
        .isEqualTo(true);
    WebElement name = browser.driver().findElement(By.cssSelector("tr.kpi .c-name"));
    WebElement table = browser.driver().findElement(By.cssSelector("table.kpis"));
    assertThat(name.getRect().getX() + name.getRect().getWidth())
        .isLessThanOrEqualTo(table.getRect().getX() + table.getRect().getWidth());
    assertThat(name.getText()).contains(HostilePlan.LONG_NAME.substring(0, 100));
    assertThat(browser.script("return getComputedStyle(document.body).display;"))
        .isEqualTo("block");
    assertThat(browser.console()).isEmpty();
    browser.screenshot(artefacts.resolve("hostile.png"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bundled-en.html", "bundled-zh-TW.html", "trend-zh-TW.html"})
  void should_have_no_serious_or_critical_accessibility_violation(String report)
      throws IOException {
    // GIVEN axe-core, fetched from the npm registry by the build, injected by the test only
    Path axe =
        Path.of(System.getProperty("kpi4j.axe", "target/npm/node_modules/axe-core/axe.min.js"));
    assertThat(axe).as("axe-core, fetched by the build's fetch-axe-core step").exists();
    browser.open(artefacts.resolve(report).toAbsolutePath());
    browser.script(Files.readString(axe, StandardCharsets.UTF_8));

    // WHEN axe checks the page
    Object result =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document).then(r => done({passes: r.passes.length,"
                    + " violations: r.violations.filter(v => v.impact === 'serious'"
                    + " || v.impact === 'critical').map(v => v.impact + ' ' + v.id + ': '"
                    + " + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
                    + ".join(', '))})).catch(e => done({error: String(e)}));");

    // THEN it ran, and found nothing serious or critical
    assertThat(result).isInstanceOf(Map.class);
    Map<?, ?> outcome = (Map<?, ?>) result;
    assertThat(outcome.get("error")).isNull();
    assertThat(((Number) outcome.get("passes")).intValue()).isPositive();
    assertThat((List<?>) outcome.get("violations")).isEmpty();
  }
}
