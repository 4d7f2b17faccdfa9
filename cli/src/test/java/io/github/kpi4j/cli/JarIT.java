package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged jar the way a user does, {@code java -jar cli/target/kpi4j.jar ...}, in a
 * process of its own: the shaded jar must hold everything, its manifest must name the main class,
 * and the bundled plans must be found on its class path.
 */
class JarIT {
  private static final long TIMEOUT_SECONDS = 60;

  /** What a process left. */
  private record Run(int status, String out, String err) {}

  private static Run kpi4j(String... args)
      throws IOException, InterruptedException, ExecutionException {
    return kpi4jIn(null, args);
  }

  /** Runs the jar in a working directory, or in this one where {@code directory} is null. */
  private static Run kpi4jIn(Path directory, String... args)
      throws IOException, InterruptedException, ExecutionException {
    Path jar = Path.of(System.getProperty("kpi4j.jar", "target/kpi4j.jar"));
    assertThat(jar).as("the packaged jar").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    builder.environment().remove("NO_COLOR");
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kpi4j did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Run(process.exitValue(), out.get(), err.get());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void should_write_the_report_to_kpi4j_report_html_by_default(@TempDir Path directory)
      throws Exception {
    // GIVEN the bundled plans and results, named in any order
    Path plans = Path.of("../examples/plans").toAbsolutePath();
    // WHEN the report is asked for without -o, in an empty directory
    Run run =
        kpi4jIn(
            directory,
            "report",
            plans.resolve("mac-107-results.json").toString(),
            plans.resolve("mofa-107.json").toString(),
            plans.resolve("mac-107.json").toString());
    // THEN exit 0, and the report is kpi4j-report.html there
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(directory.resolve("kpi4j-report.html")).isRegularFile();
    assertThat(Files.readString(directory.resolve("kpi4j-report.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("data-rating=\"achieved\"");
  }

  @Test
  void should_run_the_demo_from_the_jar() throws Exception {
    // WHEN the README's first command runs
    Run run = kpi4j("demo");
    // THEN exit 0, the bundled plans validated and MAC 107 assessed, in UTF-8, without colours
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("mac-107.json")
        .contains("mofa-107.json")
        .contains("大陸委員會 (MAC)")
        .contains("Summary: achieved")
        .doesNotContain("\u001B[");
  }

  @Test
  void should_print_json_that_parses() throws Exception {
    Run run =
        kpi4j(
            "formula", "--format", "json", "（甲－乙）÷乙×100%", "--var", "甲=10450", "--var", "乙=10200");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("value").asDouble())
        .isCloseTo(0.0245098, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void should_exit_2_with_one_line_and_no_stack_trace_for_a_broken_file(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // GIVEN a plan that is not JSON
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"kpi-plan/1\",,}");
    // WHEN validated
    Run run = kpi4j("validate", broken.toString());
    // THEN exit 2, one line naming the file and the position, no stack trace
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().split("\\R")).hasSize(1);
    assertThat(run.err())
        .startsWith(broken + ":1:")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void should_exit_2_for_bad_usage() throws Exception {
    Run run = kpi4j("evaluate");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameters").doesNotContain("\tat ");
  }

  @Test
  void should_exit_1_for_an_invalid_plan() throws Exception {
    Run run = kpi4j("validate", "src/test/resources/documents/invalid-plan.json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("kpi-reference-resolves");
  }
}
