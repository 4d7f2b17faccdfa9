package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shell example of README.md and cli/README.md runs from the checkout root with the status it
 * documents: 0, or the {@code # exit N} at the end of its line. {@code kpi4j} at the start of a
 * command is the packaged jar ({@code java -jar cli/target/kpi4j.jar}); a {@code ./mvnw} command is
 * the build this test runs in, so it is not run again, but whatever follows it after {@code &&} is.
 */
class ReadmeExamplesIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);
  private static final Pattern STATUS = Pattern.compile("#\\s*exit\\s+(\\d)\\s*$");

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> examples = new ArrayList<>();
    for (String readme : List.of("README.md", "cli/README.md")) {
      Matcher block = BLOCK.matcher(Files.readString(ROOT.resolve(readme)));
      while (block.find()) {
        for (String line : block.group(1).lines().toList()) {
          if (!line.isBlank() && !line.strip().startsWith("#")) {
            examples.add(Arguments.of(readme, line));
          }
        }
      }
    }
    return examples.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void should_run_as_documented(String readme, String line) throws Exception {
    // GIVEN a command as the README shows it
    Matcher documented = STATUS.matcher(line);
    int expected = documented.find() ? Integer.parseInt(documented.group(1)) : 0;
    String command = line;
    if (command.startsWith("./mvnw ")) {
      int and = command.indexOf("&&");
      if (and < 0) {
        return; // the build itself, which is running this test
      }
      command = command.substring(and + 2).strip();
    }
    String jar =
        Path.of(System.getProperty("kpi4j.jar", "target/kpi4j.jar")).toAbsolutePath().toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    command = command.replaceAll("(^|\\|\\s*)kpi4j ", "$1'" + java + "' -jar '" + jar + "' ");
    command =
        command.replace("java -jar cli/target/kpi4j.jar", "'" + java + "' -jar '" + jar + "'");
    // WHEN it runs from the checkout root
    Path scratch = Files.createTempDirectory("readme");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", "set -o pipefail; " + command)
            .directory(ROOT.toFile())
            .redirectOutput(scratch.resolve("out").toFile())
            .redirectError(scratch.resolve("err").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("PATH", Path.of(java).getParent() + ":" + System.getenv("PATH"));
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    // THEN it ends with the documented status, and says nothing of a stack trace
    String err = Files.readString(scratch.resolve("err"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("status of %s%n%s", line, err).isEqualTo(expected);
    assertThat(err).doesNotContain("\tat ");
    // (files the examples write, such as kpis.csv, are not left in the checkout)
    Files.deleteIfExists(ROOT.resolve("kpis.csv"));
  }
}
