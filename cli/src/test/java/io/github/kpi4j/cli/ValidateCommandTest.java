package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
  @Test
  void should_exit_0_for_a_valid_plan() {
    // GIVEN a valid plan  WHEN validated
    Cli.Run run = Cli.run("validate", document("tiny-plan.json"));
    // THEN exit 0, and the text names the file and says valid
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith(document("tiny-plan.json") + ": valid (no errors");
  }

  @Test
  void should_exit_1_and_show_the_error_for_an_invalid_plan() {
    // GIVEN a plan whose programme links a KPI it does not define
    Cli.Run run = Cli.run("validate", document("invalid-plan.json"));
    // THEN exit 1, and the finding's severity, path, rule and message are shown
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains(": not valid (1 error")
        .contains("error    /programmes/0/kpis/1  (kpi-reference-resolves)")
        .contains("研究報告數");
  }

  @Test
  void should_print_the_documented_json_shape() {
    // GIVEN a valid and an invalid plan
    Cli.Run run =
        Cli.run(
            "validate",
            "--format",
            "json",
            document("tiny-plan.json"),
            document("invalid-plan.json"));
    // THEN one object {"reports": [...]}, one report per file in order
    assertThat(run.status()).isEqualTo(1);
    JsonNode reports = run.json().get("reports");
    assertThat(run.json().propertyNames()).containsExactly("reports");
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).propertyNames()).containsExactly("file", "valid", "findings");
    assertThat(reports.get(0).get("file").asString()).isEqualTo(document("tiny-plan.json"));
    assertThat(reports.get(0).get("valid").asBoolean()).isTrue();
    JsonNode invalid = reports.get(1);
    assertThat(invalid.get("valid").asBoolean()).isFalse();
    JsonNode error = null;
    for (JsonNode finding : invalid.get("findings")) {
      assertThat(finding.propertyNames()).containsExactly("rule", "severity", "path", "message");
      if (finding.get("severity").asString().equals("error")) {
        error = finding;
      }
    }
    assertThat(error).as("the one error").isNotNull();
    assertThat(error.propertyNames()).containsExactly("rule", "severity", "path", "message");
    assertThat(error.get("rule").asString()).isEqualTo("kpi-reference-resolves");
    assertThat(error.get("severity").asString()).isEqualTo("error");
    assertThat(error.get("path").asString()).isEqualTo("/programmes/0/kpis/1");
    assertThat(error.get("message").asString()).contains("研究報告數");
  }

  @Test
  void should_write_findings_in_chinese_with_lang_zh_tw() {
    // GIVEN an invalid plan  WHEN validated in Chinese
    Cli.Run run = Cli.run("validate", "--lang", "zh-TW", document("invalid-plan.json"));
    // THEN the CLI's words and the validator's message are Chinese
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("無效").contains("錯誤").doesNotContain("not valid");
  }

  @Test
  void should_total_several_plans() {
    Cli.Run run = Cli.run("validate", document("tiny-plan.json"), document("invalid-plan.json"));
    assertThat(run.out()).contains("2 plans checked: 1 valid, 1 not valid");
  }

  @Test
  void should_report_many_plans_in_the_order_given_though_they_are_checked_together() {
    // GIVEN forty plans, valid and invalid in an irregular pattern, and the seeds among them
    java.util.List<String> files = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(
          i % 7 == 3
              ? document("invalid-plan.json")
              : i % 5 == 0 ? "../examples/plans/mac-107.json" : document("tiny-plan.json"));
    }
    java.util.List<String> args =
        new java.util.ArrayList<>(java.util.List.of("validate", "--format", "json"));
    args.addAll(files);
    // WHEN validated in one run
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    // THEN one report per file, in the order of the files, each as the file alone gives it
    JsonNode reports = run.json().get("reports");
    assertThat(reports).hasSize(files.size());
    for (int i = 0; i < files.size(); i++) {
      assertThat(reports.get(i).get("file").asString()).isEqualTo(files.get(i));
      JsonNode alone =
          Cli.run("validate", "--format", "json", files.get(i)).json().get("reports").get(0);
      assertThat(reports.get(i)).as(files.get(i)).isEqualTo(alone);
    }
    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void should_name_every_unreadable_file_in_the_order_given() {
    // GIVEN readable plans with two missing files among them, the second given first
    Cli.Run run =
        Cli.run(
            "validate",
            document("tiny-plan.json"),
            "no-such-b.json",
            document("tiny-plan.json"),
            "no-such-a.json",
            document("tiny-plan.json"));
    // THEN exit 2, no report, and each missing file named once, in the order given
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("no-such-b.json");
    assertThat(run.errLines().get(1)).startsWith("no-such-a.json");
  }
}
