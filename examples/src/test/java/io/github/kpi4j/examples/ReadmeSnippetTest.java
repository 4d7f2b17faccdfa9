package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            Files.readString(QUICK_START), "// tag::quick-start[]\n", "  // end::quick-start[]");
    List<String> shown =
        lines(readmeBlock()).stream().filter(l -> !l.startsWith("import ")).toList();
    // THEN they are the same lines, but for the indentation
    assertThat(shown).isEqualTo(lines(code));
    // AND the method's body (without its signature, return and brace) is ten lines at most
    assertThat(lines(code).size() - 3).isLessThanOrEqualTo(10);
  }

  @Test
  void should_compile_and_run_the_readme_example_as_pasted_into_a_class(@TempDir Path dir)
      throws Exception {
    // GIVEN the README's Java block: its imports at the top of a file, the rest in a class
    StringBuilder imports = new StringBuilder();
    StringBuilder members = new StringBuilder();
    for (String line : readmeBlock().lines().toList()) {
      (line.startsWith("import ") ? imports : members).append(line).append('\n');
    }
    Path source = dir.resolve("Pasted.java");
    Files.writeString(source, imports + "public class Pasted {\n" + members + "}\n");
    // WHEN it is compiled against the library, as a user's project would
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-d",
            dir.toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            "-encoding",
            "UTF-8",
            source.toString());
    // THEN it compiles as shown
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    // AND it runs, printing what its last comment says
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method quickStart =
          loader.loadClass("Pasted").getDeclaredMethod("quickStart", Path.class, PrintStream.class);
      quickStart.setAccessible(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Object value =
          quickStart.invoke(
              null,
              Path.of("plans", "mac-107.json"),
              new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(value).isEqualTo(0.92);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo("7.1 0.92 against 91%" + System.lineSeparator());
    }
  }

  private static String readmeBlock() throws IOException {
    Matcher block =
        Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    assertThat(block.find()).as("a ```java block in README.md").isTrue();
    return block.group(1);
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
