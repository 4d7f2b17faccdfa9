package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemoCommandTest {
  @Test
  void should_validate_and_assess_the_bundled_plans_with_no_input() {
    // GIVEN nothing but the jar's own examples  WHEN the demo runs
    Cli.Run run = Cli.run("demo");
    // THEN exit 0, each plan's verdict, then the assessment of MAC 107 with its summary
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("mac-107.json: ")
        .contains("mofa-107.json: ")
        .contains(
            "大陸委員會 (MAC), ROC year 107 (2018): mac-107.json assessed against mac-107-results.json")
        .containsPattern("1\\.1 +研蒐中國大陸對臺作為")
        .containsPattern(
            "Summary: achieved \\d+, nearly achieved \\d+, not achieved \\d+, not assessed \\d+");
  }

  @Test
  void should_list_every_kpi_of_mac_107_in_plan_order() {
    JsonNode assessment = Cli.run("demo", "--format", "json").json().get("assessments").get(0);
    JsonNode kpis = assessment.get("kpis");
    assertThat(kpis.get(0).get("id").asString()).isEqualTo("1.1");
    int total = 0;
    for (JsonNode count : assessment.get("summary")) {
      total += count.asInt();
    }
    assertThat(total).isEqualTo(kpis.size());
  }

  @Test
  void should_print_validate_and_evaluate_shapes_in_json() {
    // WHEN the demo runs with JSON output
    Cli.Run run = Cli.run("demo", "--format", "json");
    // THEN {"reports": [as validate], "assessments": [as evaluate, with plan and results]}
    assertThat(run.status()).isZero();
    JsonNode json = run.json();
    assertThat(json.propertyNames()).containsExactly("reports", "assessments");
    assertThat(json.get("reports")).hasSize(2);
    assertThat(json.get("reports").get(0).propertyNames())
        .containsExactly("file", "valid", "findings");
    JsonNode assessment = json.get("assessments").get(0);
    assertThat(assessment.propertyNames())
        .containsExactly("plan", "results", "agency", "rocYear", "kpis", "summary", "findings");
    assertThat(assessment.get("agency").asString()).isEqualTo("MAC");
  }

  @Test
  void should_speak_chinese_with_lang_zh_tw() {
    Cli.Run run = Cli.run("demo", "--lang", "zh-TW");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("kpi4j 示範").contains("大陸委員會（MAC）107 年度（2018 年）");
  }
}
