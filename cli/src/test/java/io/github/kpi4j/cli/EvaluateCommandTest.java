package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EvaluateCommandTest {
  private static Cli.Run evaluateJson(String results) {
    return Cli.run("evaluate", "--format", "json", document("tiny-plan.json"), document(results));
  }

  @Test
  void should_print_the_documented_json_shape() {
    // GIVEN a plan and its results  WHEN evaluated as JSON
    Cli.Run run = evaluateJson("tiny-results.json");
    // THEN exit 0 and the documented keys, in order
    assertThat(run.status()).isZero();
    JsonNode json = run.json();
    assertThat(json.propertyNames())
        .containsExactly("agency", "rocYear", "kpis", "summary", "findings");
    assertThat(json.get("agency").asString()).isEqualTo("TST");
    assertThat(json.get("rocYear").asInt()).isEqualTo(107);
    assertThat(json.get("kpis")).hasSize(3);
    assertThat(json.get("kpis").get(0).propertyNames())
        .containsExactly("id", "name", "target", "actual", "achievement", "rating");
    assertThat(json.get("findings").isArray()).isTrue();
  }

  @Test
  void should_write_targets_as_text_value_and_unit() {
    JsonNode kpis = evaluateJson("tiny-results.json").json().get("kpis");
    // GIVEN 408篇  THEN value 408 and unit 篇
    JsonNode count = kpis.get(0).get("target");
    assertThat(count.get("text").asString()).isEqualTo("408篇");
    assertThat(count.get("value").decimalValue()).isEqualByComparingTo("408");
    assertThat(count.get("unit").asString()).isEqualTo("篇");
    // GIVEN 91%  THEN value 0.91, a fraction, and unit %
    JsonNode percent = kpis.get(1).get("target");
    assertThat(percent.get("value").isNumber()).isTrue();
    assertThat(percent.get("value").decimalValue()).isEqualByComparingTo("0.91");
    assertThat(percent.get("unit").asString()).isEqualTo("%");
  }

  @Test
  void should_write_actuals_achievements_and_ratings() {
    JsonNode kpis = evaluateJson("tiny-results.json").json().get("kpis");
    // 415 against 408篇: 101.7156… rounded half up to 101.72
    assertThat(kpis.get(0).get("actual").decimalValue()).isEqualByComparingTo("415");
    assertThat(kpis.get(0).get("achievement").decimalValue()).isEqualByComparingTo("101.72");
    assertThat(kpis.get(0).get("rating").asString()).isEqualTo("achieved");
    // (40 + 5.5) ÷ 50 = 0.91 against 91%, from the formula's variables
    assertThat(kpis.get(1).get("actual").decimalValue()).isEqualByComparingTo("0.91");
    assertThat(kpis.get(1).get("achievement").decimalValue()).isEqualByComparingTo("100");
    // 12件 against 10件 to decrease: 10 ÷ 12 = 83.33
    assertThat(kpis.get(2).get("achievement").decimalValue()).isEqualByComparingTo("83.33");
    assertThat(kpis.get(2).get("rating").asString()).isEqualTo("not-achieved");
  }

  @Test
  void should_count_every_rating_in_the_summary() {
    JsonNode summary = evaluateJson("tiny-results.json").json().get("summary");
    assertThat(summary.propertyNames())
        .containsExactly("achieved", "nearly-achieved", "not-achieved", "not-assessed");
    assertThat(summary.get("achieved").asInt()).isEqualTo(2);
    assertThat(summary.get("nearly-achieved").asInt()).isZero();
    assertThat(summary.get("not-achieved").asInt()).isEqualTo(1);
    assertThat(summary.get("not-assessed").asInt()).isZero();
  }

  @Test
  void should_write_null_for_what_cannot_be_assessed() {
    // GIVEN results for KPI 1.1 only (and an unknown KPI)
    JsonNode kpis = evaluateJson("bad-results.json").json().get("kpis");
    // THEN the KPIs without a result have a null actual and achievement, and are not assessed
    JsonNode unreported = kpis.get(2);
    assertThat(unreported.get("actual").isNull()).isTrue();
    assertThat(unreported.get("achievement").isNull()).isTrue();
    assertThat(unreported.get("rating").asString()).isEqualTo("not-assessed");
  }

  @Test
  void should_exit_1_when_the_results_have_an_error() {
    // GIVEN results that name a KPI the plan does not have
    Cli.Run run = evaluateJson("bad-results.json");
    // THEN exit 1, and the finding points into the results document
    assertThat(run.status()).isEqualTo(1);
    JsonNode finding = run.json().get("findings").get(0);
    assertThat(finding.propertyNames()).containsExactly("rule", "severity", "path", "message");
    assertThat(finding.get("severity").asString()).isEqualTo("error");
    assertThat(finding.get("path").asString()).startsWith("/results/1");
  }

  @Test
  void should_show_a_table_for_people() {
    // GIVEN a plan and its results  WHEN evaluated as text
    Cli.Run run = Cli.run("evaluate", document("tiny-plan.json"), document("tiny-results.json"));
    // THEN a heading, one row per KPI with its rating, and the summary
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("測試委員會 (TST), ROC year 107 (2018)")
        .containsPattern("1\\.1 +研究報告篇數 +408篇 +415篇 +101\\.72% +achieved")
        .containsPattern("1\\.2 +預算執行率 +91% +91% +100\\.00% +achieved")
        .containsPattern("1\\.3 +違規件數 +10件 +12件 +83\\.33% +not achieved")
        .contains("Summary: achieved 2, nearly achieved 0, not achieved 1, not assessed 0")
        .doesNotContain("\u001B[");
  }

  @Test
  void should_show_ratings_in_chinese() {
    Cli.Run run =
        Cli.run(
            "evaluate",
            "--lang",
            "zh-TW",
            document("tiny-plan.json"),
            document("tiny-results.json"));
    assertThat(run.out()).contains("未達成").contains("統計：達成 2、");
  }

  @Test
  void should_show_an_actual_in_another_unit_as_written_and_not_rate_it() {
    // GIVEN actuals in another unit than their targets: 415% against 408篇, 88人 against 91%
    Cli.Run run =
        Cli.run("evaluate", document("tiny-plan.json"), document("unit-mismatch-results.json"));
    // THEN each is shown as written, not rated, and the results have an error (status 1)
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("415%")
        .contains("88人")
        .doesNotContain("4.15篇")
        .doesNotContain("8,800%")
        .contains("result-unit-matches");
    Cli.Run json =
        Cli.run(
            "evaluate",
            "--format",
            "json",
            document("tiny-plan.json"),
            document("unit-mismatch-results.json"));
    assertThat(json.json().get("kpis").get(0).get("rating").asString()).isEqualTo("not-assessed");
    assertThat(json.json().get("kpis").get(1).get("rating").asString()).isEqualTo("not-assessed");
  }
}
