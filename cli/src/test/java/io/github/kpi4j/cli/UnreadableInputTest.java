package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of unreadable input ends with exit 2 and one line on standard error that says which
 * file, line and column, which JSON Pointer, and what was expected: never a stack trace.
 */
class UnreadableInputTest {
  private static final String RESOURCES = "src/test/resources/";

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/unreadable/cases.csv", commentCharacter = '#')
  void should_exit_2_with_one_line_naming_file_line_column_and_pointer(
      String kind, String file, int line, int column, String pointer) {
    // GIVEN a plan document that cannot be read  WHEN validated
    Cli.Run run = Cli.run("validate", RESOURCES + file);
    // THEN exit 2, nothing on standard output, one line on standard error
    assertOneLineError(run);
    assertThat(run.err())
        .as(kind)
        .startsWith(RESOURCES + file + ":" + line + ":" + column + " at " + pointer + ": ");
  }

  @Test
  void should_report_a_truncated_document_in_the_language_of_lang() {
    // GIVEN a plan document that ends inside its root object
    String file = RESOURCES + "unreadable/truncated.json";

    // WHEN validated with --lang zh-TW, and without
    Cli.Run chinese = Cli.run("validate", "--lang", "zh-TW", file);
    Cli.Run english = Cli.run("validate", file);

    // THEN both name the same place, the one in Traditional Chinese, the other in English
    assertOneLineError(chinese);
    assertThat(chinese.err().strip())
        .isEqualTo(file + ":4:3 at /agency: JSON 格式錯誤：應有更多 JSON，但文件已結束");
    assertOneLineError(english);
    assertThat(english.err().strip())
        .isEqualTo(
            file
                + ":4:3 at /agency: malformed JSON: expected more JSON, got the end of the document");
  }

  @Test
  void should_report_a_value_of_the_wrong_type_in_the_language_of_lang() {
    // GIVEN a plan document whose rocYear is written in words
    String file = RESOURCES + "unreadable/wrong-type.json";

    // WHEN validated with --lang zh-TW, and without
    Cli.Run chinese = Cli.run("validate", "--lang", "zh-TW", file);
    Cli.Run english = Cli.run("validate", file);

    // THEN both name the same place, the one in Traditional Chinese, the other in English
    assertOneLineError(chinese);
    assertThat(chinese.err().strip())
        .isEqualTo(
            file
                + ":4:14 at /rocYear: 應為介於 1 到 999998088 的整數（民國紀年，107 即西元 2018 年），"
                + "實為 \"一百零七\"");
    assertOneLineError(english);
    assertThat(english.err().strip())
        .isEqualTo(
            file
                + ":4:14 at /rocYear: expected an integer from 1 to 999998088 (a year of the ROC"
                + " calendar: 107 is 2018), got \"一百零七\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"validate", "export"})
  void should_treat_a_missing_file_the_same_way(String command) {
    // GIVEN a file that does not exist
    Cli.Run run = Cli.run(command, "no/such/plan.json");
    // THEN exit 2 and one line naming it, at the document's root
    assertOneLineError(run);
    assertThat(run.err()).startsWith("no/such/plan.json: no such file");
  }

  @Test
  void should_name_a_directory_given_as_a_file() {
    Cli.Run run = Cli.run("validate", RESOURCES + "documents");
    assertOneLineError(run);
    assertThat(run.err()).startsWith(RESOURCES + "documents: not a file");
  }

  @Test
  void should_report_an_unreadable_results_document_to_evaluate() {
    // GIVEN results whose actual is a boolean
    Cli.Run run =
        Cli.run(
            "evaluate",
            document("tiny-plan.json"),
            RESOURCES + "unreadable/results-wrong-type.json");
    // THEN exit 2, and the pointer of the actual
    assertOneLineError(run);
    assertThat(run.err())
        .startsWith(RESOURCES + "unreadable/results-wrong-type.json:6:")
        .contains(" at /results/0/actual: ");
  }

  @Test
  void should_report_each_unreadable_file_once_and_no_report() {
    // GIVEN a good plan between two unreadable ones
    Cli.Run run =
        Cli.run(
            "validate",
            RESOURCES + "unreadable/wrong-type.json",
            document("tiny-plan.json"),
            "missing.json");
    // THEN exit 2, one line per unreadable file, and no report
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.errLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(RESOURCES + "unreadable/wrong-type.json:4:14 at /rocYear: ");
    assertThat(lines.get(1)).startsWith("missing.json: no such file");
  }

  @Test
  void should_report_a_results_document_given_as_plan() {
    // GIVEN the two documents swapped
    Cli.Run run = Cli.run("evaluate", document("tiny-results.json"), document("tiny-plan.json"));
    // THEN exit 2, one line per document, each at /format
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2).allSatisfy(l -> assertThat(l).contains(" at /format: "));
  }

  private static void assertOneLineError(Cli.Run run) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
