package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code evaluate} prints each achievement as the assessor rounded and rated it, so that the
 * achievement shown and the rating never disagree.
 */
class AchievementOutputTest {
  private static Cli.Run evaluate(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "evaluate";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = document("tiny-plan.json");
    args[options.length + 2] = document("rounding-results.json");
    return Cli.run(args);
  }

  @Test
  void should_print_in_json_the_achievement_that_is_rated() {
    // GIVEN 367.19 against 408篇 (89.997…%), 91 against 91%, and 11.112件 against 10件 to decrease
    // (89.9928…%)
    // WHEN evaluated as JSON
    JsonNode kpis = evaluate("--format", "json").json().get("kpis");

    // THEN 89.997… is 90, nearly achieved, not a 90 rated not achieved
    assertThat(kpis.get(0).get("achievement").decimalValue()).isEqualByComparingTo("90");
    assertThat(kpis.get(0).get("rating").asString()).isEqualTo("nearly-achieved");
    // AND 91 is 91, not 91%: 10000, achieved
    assertThat(kpis.get(1).get("achievement").decimalValue()).isEqualByComparingTo("10000");
    assertThat(kpis.get(1).get("rating").asString()).isEqualTo("achieved");
    // AND 89.9928… is 89.99, not achieved
    assertThat(kpis.get(2).get("achievement").decimalValue()).isEqualByComparingTo("89.99");
    assertThat(kpis.get(2).get("rating").asString()).isEqualTo("not-achieved");
  }

  @Test
  void should_print_in_the_text_table_the_achievement_that_is_rated() {
    // GIVEN the same results WHEN evaluated as text
    Cli.Run run = evaluate("--color", "never");

    // THEN each row shows two decimals and the rating of that value
    assertThat(run.status()).isZero();
    assertThat(row(run, "1.1")).contains("90.00%").endsWith("  nearly achieved");
    assertThat(row(run, "1.2")).contains("10,000.00%").endsWith("  achieved");
    assertThat(row(run, "1.3")).contains("89.99%").endsWith("  not achieved");
  }

  /** The table's row of a KPI: the one line that starts with its id. */
  private static String row(Cli.Run run, String id) {
    return run.out().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow().strip();
  }

  @Test
  void should_warn_of_a_plain_91_against_a_91_percent_target() {
    // GIVEN 91 against 91% WHEN evaluated as JSON
    Cli.Run run = evaluate("--format", "json");

    // THEN a warning, not an error: exit 0
    assertThat(run.status()).isZero();
    JsonNode findings = run.json().get("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("rule").asString()).isEqualTo("result-percent-as-number");
    assertThat(findings.get(0).get("severity").asString()).isEqualTo("warning");
    assertThat(findings.get(0).get("path").asString()).isEqualTo("/results/1/actual");
    assertThat(findings.get(0).get("message").asString()).contains("write 91% or 0.91");
  }
}
