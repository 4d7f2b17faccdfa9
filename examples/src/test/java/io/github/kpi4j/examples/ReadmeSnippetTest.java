package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example is the code of {@link QuickStart}, and it runs. */
class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICK_START =
      Path.of("src", "main", "java", "io", "github", "kpi4j", "examples", "QuickStart.java");

  @Test
  void should_show_in_the_readme_exactly_the_code_that_quick_start_runs() throws IOException {
    // GIVEN the tagged region of QuickStart and the README's Java example
    String code =
        between(
            Files.readString(QUICK_START), "// tag::quick-start[]\n", "    // end::quick-start[]");
    Matcher block =
        Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    assertThat(block.find()).as("a ```java block in README.md").isTrue();
    // THEN they are the same lines, but for the method's indentation
    assertThat(lines(block.group(1))).isEqualTo(lines(code));
    assertThat(lines(code)).hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void should_run_the_readme_example_on_the_mac_plan() {
    // GIVEN the transcribed MAC 107 plan
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // WHEN the README's example runs
    double value =
        QuickStart.run(
            Path.of("plans", "mac-107.json"), new PrintStream(out, true, StandardCharsets.UTF_8));
    // THEN it finds nothing wrong and computes the capital-budget execution rate, a fraction
    assertThat(value).isEqualTo(0.92);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("7.1 0.92 against 91%" + System.lineSeparator());
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertThat(from).as(start).isNotNegative();
    assertThat(to).as(end).isGreaterThan(from);
    return text.substring(from + start.length(), to);
  }
}
