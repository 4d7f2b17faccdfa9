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

  @Test
  void should_carry_the_example_plans_and_no_example_program() throws IOException {
    // GIVEN the packaged jar
    Path jar = Path.of(System.getProperty("kpi4j.jar", "target/kpi4j.jar"));
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      // THEN it carries the plans of the demo, and nothing of the examples module
      assertThat(zip.getEntry("io/github/kpi4j/cli/plans/mac-107.json")).isNotNull();
      assertThat(zip.getEntry("io/github/kpi4j/cli/plans/mofa-107.json")).isNotNull();
      assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
          .noneMatch(name -> name.startsWith("io/github/kpi4j/examples/"));
    }
  }

  @Test
  void should_carry_the_licence_once_and_every_notice_of_its_parts() throws IOException {
    // GIVEN the packaged jar, which holds kpi4j and the libraries it uses
    Path jar = Path.of(System.getProperty("kpi4j.jar", "target/kpi4j.jar"));
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      // THEN the Apache License 2.0, which they share, stands once, under one name
      assertThat(zip.getEntry("META-INF/LICENSE")).isNotNull();
      assertThat(zip.getEntry("META-INF/LICENSE.txt")).isNull();
      String licence =
          new String(
              zip.getInputStream(zip.getEntry("META-INF/LICENSE")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004");
      // AND the licence exp4j ships under a name of its own is kept
      assertThat(zip.getEntry("META-INF/LICENSE-exp4j")).isNotNull();
      // AND one NOTICE keeps the notices of the parts that have one
      assertThat(zip.getEntry("META-INF/NOTICE.txt")).isNull();
      String notice =
          new String(
              zip.getInputStream(zip.getEntry("META-INF/NOTICE")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(notice).contains("Apache POI").contains("exp4j").contains("Apache Commons");
    }
  }

  private static Run kpi4j(String... args)
      throws IOException, InterruptedException, ExecutionException {
    return run(List.of(), null, null, args);
  }

  /** Runs the jar in a working directory, or in this one where {@code directory} is null. */
  private static Run kpi4jIn(Path directory, String... args)
      throws IOException, InterruptedException, ExecutionException {
    return run(List.of(), null, directory, args);
  }

  /**
   * @param jvm options for the JVM
   * @param stdout where standard output goes, or null for a pipe the test reads
   */
  private static Run kpi4j(List<String> jvm, java.io.File stdout, String... args)
      throws IOException, InterruptedException, ExecutionException {
    return run(jvm, stdout, null, args);
  }

  private static Run run(List<String> jvm, java.io.File stdout, Path directory, String... args)
      throws IOException, InterruptedException, ExecutionException {
    Path jar = Path.of(System.getProperty("kpi4j.jar", "target/kpi4j.jar"));
    assertThat(jar).as("the packaged jar").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (stdout != null) {
      builder.redirectOutput(stdout);
    }
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

  @Test
  void should_exit_2_with_a_message_when_standard_output_cannot_be_written() throws Exception {
    // GIVEN standard output on a device that is always full
    java.io.File full = new java.io.File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "a system with /dev/full");
    for (List<String> args :
        List.of(
            List.of("export", "../examples/plans/mac-107.json"),
            List.of("validate", "../examples/plans/mac-107.json", "--format", "json"),
            List.of("demo", "--lang", "zh-TW"))) {
      // WHEN a command writes its result there
      Run run = kpi4j(List.of(), full, args.toArray(String[]::new));
      // THEN status 2 and a message, not 0 and a lost result
      assertThat(run.status()).as("%s", args).isEqualTo(2);
      assertThat(run.err())
          .as("%s", args)
          .contains(args.contains("zh-TW") ? "無法寫入標準輸出" : "cannot write to standard output")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void should_say_what_to_do_when_java_runs_out_of_memory(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // GIVEN a plan of about 30 MB, well within the reader's limit, and a JVM of 24 MB
    Path big = dir.resolve("big.json");
    String paragraph = "\"" + "施政".repeat(500) + "\"";
    StringBuilder json =
        new StringBuilder(
            "{\"format\": \"kpi-plan/1\", \"agency\": {\"code\": \"MAC\", \"name\":"
                + " \"大陸委員會\"}, \"rocYear\": 107, \"goals\": [], \"preamble\": [");
    for (int i = 0; i < 10_000; i++) {
      json.append(i == 0 ? "" : ",").append(paragraph);
    }
    java.nio.file.Files.writeString(big, json.append("]}"));
    // WHEN it is validated
    Run run = kpi4j(List.of("-Xmx24m"), null, "validate", big.toString());
    // THEN status 2 and a message that says what happened and what to do, not "a bug"
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("kpi4j: out of memory")
        .contains("-Xmx")
        .doesNotContain("bug")
        .doesNotContain("\tat ");
  }
}
