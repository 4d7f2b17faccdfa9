package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A document named {@code -} is read from standard input, so that other programs can pipe one in.
 */
class StandardInputTest {
  private static String read(String name) throws IOException {
    return Files.readString(Path.of(document(name)));
  }

  @Test
  void should_validate_a_plan_piped_in() throws IOException {
    // GIVEN a valid plan on standard input  WHEN validated as -
    Cli.Run run = Cli.runWithInput(read("tiny-plan.json"), "validate", "--format", "json", "-");
    // THEN exit 0 and the report names standard input as the messages do
    assertThat(run.status()).isZero();
    assertThat(run.json().get("reports").get(0).get("file").asString()).isEqualTo("<stdin>");
  }

  @Test
  void should_evaluate_results_piped_in() throws IOException {
    Cli.Run run =
        Cli.runWithInput(
            read("tiny-results.json"),
            "evaluate",
            "--format",
            "json",
            document("tiny-plan.json"),
            "-");
    assertThat(run.status()).isZero();
    assertThat(run.json().get("summary").get("achieved").asInt()).isEqualTo(2);
  }

  @Test
  void should_name_standard_input_in_errors() {
    // GIVEN malformed JSON on standard input
    Cli.Run run = Cli.runWithInput("{\"format\": ", "validate", "-");
    // THEN exit 2 and one line naming <stdin> with a position
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("<stdin>:1:");
  }

  @Test
  void should_read_standard_input_only_once() throws IOException {
    // GIVEN standard input named twice
    Cli.Run run = Cli.runWithInput(read("tiny-plan.json"), "validate", "-", "-");
    // THEN exit 2: the second cannot be read
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("<stdin>: standard input (-) can be read only once" + System.lineSeparator());
  }
}
