package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportCommandTest {
  @Test
  void should_write_one_report_of_plans_and_results_given_in_any_order(@TempDir Path directory)
      throws IOException {
    // GIVEN a results document before its plan
    Path out = directory.resolve("report.html");
    // WHEN the report is written
    Cli.Run run =
        Cli.run(
            "report",
            document("tiny-results.json"),
            document("tiny-plan.json"),
            "-o",
            out.toString());
    // THEN exit 0, a line saying so, and one HTML file with the plan assessed
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(out.toString()).contains("1 plan(s), 1 assessed");
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("data-rating=\"achieved\"");
    assertThat(html).doesNotContain("<script", "<link", "http://", "https://");
  }

  @Test
  void should_refuse_results_whose_plan_is_not_among_the_files(@TempDir Path directory) {
    // GIVEN a results document alone
    Path out = directory.resolve("report.html");
    // WHEN the report is asked for
    Cli.Run run = Cli.run("report", document("tiny-results.json"), "-o", out.toString());
    // THEN exit 2, one line naming the file, the agency and the year, and no report
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            document("tiny-results.json")
                + ": no plan of TST for the year 107 among the files: give the plan document too");
    assertThat(out).doesNotExist();
  }

  @Test
  void should_say_in_chinese_that_a_plan_is_missing(@TempDir Path directory) {
    Cli.Run run =
        Cli.run(
            "report",
            "--lang",
            "zh-TW",
            document("tiny-results.json"),
            "-o",
            directory.resolve("r.html").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("檔案中沒有 TST 107 年度的計畫");
  }

  @Test
  void should_exit_2_for_an_unreadable_input_and_name_it(@TempDir Path directory) {
    // GIVEN a plan and a file that does not exist
    Path out = directory.resolve("report.html");
    Cli.Run run =
        Cli.run("report", document("tiny-plan.json"), "missing.json", "-o", out.toString());
    // THEN exit 2, the missing file named, no stack trace, no report
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("missing.json").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void should_refuse_two_results_for_one_plan(@TempDir Path directory) {
    Cli.Run run =
        Cli.run(
            "report",
            document("tiny-plan.json"),
            document("tiny-results.json"),
            document("rounding-results.json"),
            "-o",
            directory.resolve("r.html").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("two results documents for TST 107");
  }

  @Test
  void should_print_a_json_summary(@TempDir Path directory) {
    Path out = directory.resolve("r.html");
    Cli.Run run =
        Cli.run(
            "report",
            "--format",
            "json",
            document("tiny-plan.json"),
            document("tiny-results.json"),
            "-o",
            out.toString());
    assertThat(run.status()).isZero();
    JsonNode json = run.json();
    assertThat(json.propertyNames()).containsExactly("report", "plans", "assessments");
    assertThat(json.get("report").asString()).isEqualTo(out.toString());
    assertThat(json.get("plans").asInt()).isEqualTo(1);
    assertThat(json.get("assessments").asInt()).isEqualTo(1);
  }

  @Test
  void should_write_the_report_alone_to_standard_output() {
    Cli.Run run = Cli.run("report", document("tiny-plan.json"), "-o", "-");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void should_say_where_a_report_cannot_be_written(@TempDir Path directory) {
    Path out = directory.resolve("no-such-folder").resolve("r.html");
    Cli.Run run = Cli.run("report", document("tiny-plan.json"), "-o", out.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(out + ": the report cannot be written: its folder does not exist");
  }
}
