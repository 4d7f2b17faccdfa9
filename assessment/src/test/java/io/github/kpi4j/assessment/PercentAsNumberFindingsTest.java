package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static io.github.kpi4j.assessment.Fixtures.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code result-percent-as-number}: a plain number beyond ±1 against a percentage target looks like
 * a percentage written without its sign.
 */
class PercentAsNumberFindingsTest {
  private static final AnnualPlan SATISFACTION = plan(kpi("民眾滿意度", "91%", Direction.INCREASE));

  private static Assessment assess(Assessor assessor, KpiResult result) {
    return assessor.assess(SATISFACTION, results(result));
  }

  @Test
  void should_warn_of_a_plain_91_against_a_91_percent_target_and_assess_it_as_written() {
    // GIVEN a target of 91% and an actual written 91
    // WHEN assessed
    Assessment assessment = assess(Assessor.ofDefaults(), actual("1.1", "91"));

    // THEN a warning points at the actual, saying how it is read and how to write 91%
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-percent-as-number",
                Severity.WARNING,
                "/results/0/actual",
                "The actual of KPI 1.1 (民眾滿意度) is 91, a plain number, but its target 91% is a"
                    + " percentage, which is a fraction; 91 is assessed as it is written, as"
                    + " 9100%. If 91% was meant, write 91% or 0.91."));
    // AND the number is still assessed as it is: 91 ÷ 0.91 is 10000%
    KpiAssessment assessed = assessment.kpis().get(0);
    assertThat(assessed.achievement()).contains(new BigDecimal("10000.00"));
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
    assertThat(assessment.hasErrors()).isFalse();
  }

  @Test
  void should_word_the_warning_in_traditional_chinese() {
    // GIVEN an assessor reporting in Traditional Chinese
    Assessor chinese = Assessor.builder().locale(Locale.TAIWAN).build();

    // WHEN a plain 91 is assessed against 91%
    Assessment assessment = assess(chinese, actual("1.1", "91"));

    // THEN the message is in Chinese with the same suggestion
    assertThat(assessment.findings())
        .extracting(Finding::message)
        .containsExactly(
            "關鍵績效指標 1.1「民眾滿意度」之實際值 91 為不帶單位之數值，但其目標值 91% 為百分比，即小數；"
                + "91 依所寫之值評核，即 9100%。如指 91%，請寫作 91% 或 0.91。");
  }

  @Test
  void should_warn_of_a_json_number_too() {
    // GIVEN the actual as a JSON number, 88.5
    KpiResult result =
        KpiResult.builder().kpi("1.1").actual(QuantityText.of(new BigDecimal("88.5"))).build();

    // WHEN assessed
    Assessment assessment = assess(Assessor.ofDefaults(), result);

    // THEN the same warning, suggesting 88.5% or 0.885
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("result-percent-as-number");
              assertThat(f.message()).endsWith("write 88.5% or 0.885.");
            });
  }

  @ParameterizedTest(name = "actual {0}")
  @CsvSource({"91", "1.01", "-5", "'1,500'", "100"})
  void should_warn_of_any_plain_number_beyond_one_either_way(String written) {
    // GIVEN a plain number whose absolute value is above 1
    // WHEN assessed against a percentage target
    Assessment assessment = assess(Assessor.ofDefaults(), actual("1.1", written));

    // THEN it is warned of
    assertThat(assessment.findings())
        .extracting(Finding::rule)
        .containsExactly("result-percent-as-number");
  }

  @ParameterizedTest(name = "actual {0}")
  @CsvSource({"0.91", "1", "-1", "0", "91%", "91％", "9100%"})
  void should_not_warn_of_a_fraction_or_a_percentage(String written) {
    // GIVEN a fraction within ±1, or an actual written with its percent sign
    // WHEN assessed against a percentage target
    Assessment assessment = assess(Assessor.ofDefaults(), actual("1.1", written));

    // THEN there is nothing to report
    assertThat(assessment.findings()).isEmpty();
  }

  @Test
  void should_not_warn_of_a_plain_number_against_a_target_that_is_not_a_percentage() {
    // GIVEN a counted target and a plain actual above 1
    AnnualPlan plan = plan(kpi("論文篇數", "408篇", Direction.INCREASE));

    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(plan, results(actual("1.1", "415")));

    // THEN there is nothing to report
    assertThat(assessment.findings()).isEmpty();
  }

  @Test
  void should_not_warn_of_a_value_computed_by_a_formula() {
    // GIVEN a percentage target whose formula, as the plan writes it, gives 91 rather than 0.91
    AnnualPlan plan = plan(kpi("民眾滿意度").formula("滿意人數÷受訪人數×100").target("91%").build());

    // WHEN the variables are reported
    Assessment assessment =
        Assessor.ofDefaults().assess(plan, results(variables("1.1", "滿意人數", 910, "受訪人數", 1000)));

    // THEN the computed 91 is assessed, and not warned of: the formula is the plan's, not the
    // reporter's
    KpiAssessment assessed = assessment.kpis().get(0);
    assertThat(assessed.actualSource()).contains(ActualSource.COMPUTED);
    assertThat(assessed.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("91"));
    assertThat(assessment.findings()).isEmpty();
  }
}
