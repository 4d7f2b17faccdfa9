package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code evaluate} and {@code export} on plans that use the format's additions: the example local
 * plan (milestone ladders, goal weights) and MOFA 107 (a composite KPI).
 */
class PlanAdditionsOutputTest {
  private static final String EXAMPLES = "../examples/plans/";

  private static JsonNode kpi(JsonNode evaluation, String id) {
    for (JsonNode kpi : evaluation.get("kpis")) {
      if (kpi.get("id").asString().equals(id)) {
        return kpi;
      }
    }
    throw new AssertionError("no KPI " + id);
  }

  @Test
  void should_show_the_milestone_reached_and_its_progress_as_the_actual() {
    // GIVEN the city bureau's plan, whose results name steps by number (3.1) and by text (3.2)
    Cli.Run run =
        Cli.run(
            "evaluate",
            "--format",
            "json",
            EXAMPLES + "tcedb-103.json",
            EXAMPLES + "tcedb-103-results.json");
    // THEN the actual is the progress reached, a fraction, with the milestone reached
    assertThat(run.status()).isZero();
    JsonNode market = kpi(run.json(), "3.2");
    assertThat(market.get("actual").decimalValue()).isEqualByComparingTo("0.7");
    assertThat(market.get("achievement").decimalValue()).isEqualByComparingTo("100");
    assertThat(market.get("milestone").get("number").asInt()).isEqualTo(4);
    assertThat(market.get("milestone").get("text").asString()).isEqualTo("第一期工程開工");
    JsonNode relocation = kpi(run.json(), "3.1");
    assertThat(relocation.get("actual").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(relocation.get("rating").asString()).isEqualTo("not-achieved");
    // AND a KPI without the additions keeps the documented keys only
    assertThat(kpi(run.json(), "2.1").propertyNames())
        .containsExactly("id", "name", "target", "actual", "achievement", "rating");
  }

  @Test
  void should_list_a_composite_kpis_items_under_it() {
    // GIVEN MOFA 107 and results for KPI 5.1's three items
    Cli.Run run =
        Cli.run(
            "evaluate",
            "--format",
            "json",
            EXAMPLES + "mofa-107.json",
            EXAMPLES + "mofa-107-results.json");
    // THEN the KPI's actual is the number of items met, and each item is listed
    JsonNode composite = kpi(run.json(), "5.1");
    assertThat(composite.get("actual").decimalValue()).isEqualByComparingTo("2");
    assertThat(composite.get("items")).hasSize(3);
    JsonNode second = composite.get("items").get(1);
    assertThat(second.propertyNames())
        .containsExactly("number", "target", "actual", "achievement", "rating");
    assertThat(second.get("target").get("text").asString()).isEqualTo("300");
    assertThat(second.get("actual").decimalValue()).isEqualByComparingTo("280");
    assertThat(second.get("achievement").decimalValue()).isEqualByComparingTo("93.33");
    assertThat(second.get("rating").asString()).isEqualTo("nearly-achieved");
  }

  @Test
  void should_print_items_under_their_kpi_and_the_milestone_in_text() {
    // GIVEN the same documents  WHEN evaluated as text
    String mofa =
        Cli.run("evaluate", EXAMPLES + "mofa-107.json", EXAMPLES + "mofa-107-results.json").out();
    String tcedb =
        Cli.run("evaluate", EXAMPLES + "tcedb-103.json", EXAMPLES + "tcedb-103-results.json").out();
    // THEN items stand indented under 5.1, and the step reached follows its progress
    assertThat(mofa).contains("  2. 投書…").contains("2達到項數");
    assertThat(tcedb).contains("70% (4. 第一期工程開工)");
  }

  @Test
  void should_export_the_additions_columns() {
    // GIVEN the city bureau's plan  WHEN exported as JSON
    JsonNode rows =
        Cli.run("export", "--format", "json", EXAMPLES + "tcedb-103.json").json().get("kpis");
    // THEN each row carries the agency's level, its goal's weight and the ladder's length
    JsonNode market = rows.get(9);
    assertThat(market.get("kpiId").asString()).isEqualTo("3.2");
    assertThat(market.get("agencyLevel").asString()).isEqualTo("local");
    assertThat(market.get("goalWeight").decimalValue()).isEqualByComparingTo("25");
    assertThat(market.get("goalCommon").asBoolean()).isFalse();
    assertThat(market.get("milestones").asInt()).isEqualTo(7);
    assertThat(market.get("items").asInt()).isZero();
    assertThat(market.get("yearTargets")).isEmpty();
  }
}
