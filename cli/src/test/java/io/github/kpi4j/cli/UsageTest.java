package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad usage exits 2 with picocli's message and a hint; help and version exit 0. */
class UsageTest {
  @Test
  void should_exit_2_without_a_command() {
    Cli.Run run = Cli.run();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing command").contains("Try 'kpi4j --help'");
  }

  @Test
  void should_suggest_a_command_for_a_typo() {
    Cli.Run run = Cli.run("validat", "plan.json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("validat").contains("validate");
  }

  @Test
  void should_exit_2_for_an_unknown_option() {
    Cli.Run run = Cli.run("demo", "--colour-me-red");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--colour-me-red").contains("Try 'kpi4j demo --help'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "export", "render", "report"})
  void should_name_an_unknown_option_rather_than_the_file_it_leaves_missing(String command) {
    // GIVEN an unknown option and no file
    Cli.Run run = Cli.run(command, "-x");

    // THEN the option is what is wrong, not the missing file it pushed aside
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("kpi4j: Unknown option: '-x'");
    assertThat(run.err()).doesNotContain("Missing required");
  }

  @Test
  void should_still_name_a_missing_file_when_every_option_is_known() {
    Cli.Run run = Cli.run("validate", "--format", "json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("kpi4j: Missing required parameter: 'FILE'");
  }

  @Test
  void should_exit_2_for_a_format_it_does_not_know() {
    Cli.Run run = Cli.run("demo", "--format", "xml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("expected text or json, got 'xml'");
  }

  @Test
  void should_exit_2_for_a_language_it_does_not_know() {
    Cli.Run run = Cli.run("demo", "--lang", "fr");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("expected en or zh-TW, got 'fr'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "validate              ; Missing required parameter: 'FILE'",
        "evaluate              ; Missing required parameters: 'PLAN', 'RESULTS'",
        "evaluate plan.json    ; Missing required parameter: 'RESULTS'",
        "formula               ; Missing required parameter: 'EXPRESSION'",
        "formula --var a=1     ; Missing required parameter: 'EXPRESSION'",
        "export --no-bom       ; Missing required parameter: 'FILE'",
        "import                ; Missing required parameter: 'FILE'",
        "render --to docx      ; Missing required parameter: 'PLAN'",
        "render plan.json      ; Missing required option: '--to=docx|odt'",
        "report -o out.html    ; Missing required parameter: 'FILE'",
      })
  void should_exit_2_naming_what_is_missing(String arguments, String problem) {
    // WHEN a command is given without its parameters (or render without --to)
    Cli.Run run = Cli.run(arguments.split(" "));

    // THEN it does not run: bad usage, naming what is missing
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("kpi4j: " + problem);
  }

  @Test
  void should_accept_language_tags_in_any_case() {
    assertThat(Cli.run("demo", "--lang", "zh_tw").status()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"validate", "evaluate", "formula", "export", "import", "render", "report", "demo"})
  void should_show_help_for_every_command(String command) {
    // WHEN asked for help  THEN exit 0 and the usage with the common options
    Cli.Run run = Cli.run(command, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: kpi4j " + command)
        .contains("--format=text|json")
        .contains("--lang=en|zh-TW")
        .contains("Exit status:");
  }

  @Test
  void should_list_the_commands_in_the_top_level_help() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("validate")
        .contains("evaluate")
        .contains("formula")
        .contains("export")
        .contains("import")
        .contains("render")
        .contains("report")
        .contains("demo");
  }

  @Test
  void should_print_the_version() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out()).containsPattern("^kpi4j \\d+\\.\\d+\\.\\d+");
  }
}
