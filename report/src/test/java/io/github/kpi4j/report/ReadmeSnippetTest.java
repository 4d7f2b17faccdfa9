package io.github.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example is the code of {@link #example(Path)}, and it runs. */
class ReadmeSnippetTest {
  private static final Path README = Path.of("README.md");
  private static final Path SELF =
      Path.of("src/test/java/io/github/kpi4j/report/ReadmeSnippetTest.java");

  /** The README's example. */
  private static void example(Path plans, Path out) throws IOException {
    // spotless:off
    // tag::example[]
    AnnualPlan plan = KpiJson.create().readPlan(plans.resolve("mac-107.json")); // plans: examples/plans
    PlanResults results = KpiJson.create().readResults(plans.resolve("mac-107-results.json"));
    Assessment assessment = Assessor.ofDefaults().assess(plan, results);
    HtmlReport report = HtmlReport.builder().locale(Locale.forLanguageTag("zh-TW")).build();
    Files.writeString(out, report.render(List.of(), List.of(assessment)));
    // end::example[]
    // spotless:on
  }

  @Test
  void should_show_in_the_readme_exactly_the_code_the_test_runs() throws IOException {
    String self = Files.readString(SELF);
    int from = self.indexOf("// tag::example[]\n");
    int to = self.indexOf("    // end::example[]");
    Matcher block =
        Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    assertThat(block.find()).as("a ```java block in README.md").isTrue();
    assertThat(lines(block.group(1)))
        .isEqualTo(lines(self.substring(from + "// tag::example[]\n".length(), to)));
  }

  @Test
  void should_run_the_readme_example(@TempDir Path directory) throws IOException {
    // GIVEN the bundled plans  WHEN the README's example runs
    Path out = directory.resolve("report.html");
    example(Path.of("..", "examples", "plans"), out);
    // THEN a report in Traditional Chinese of MAC 107, assessed
    assertThat(Files.readString(out))
        .contains("<html lang=\"zh-Hant-TW\">")
        .contains("大陸委員會 107 年度")
        .contains("data-rating=\"achieved\"");
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
