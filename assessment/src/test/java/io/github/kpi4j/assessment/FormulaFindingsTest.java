package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.both;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static io.github.kpi4j.assessment.Fixtures.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.KpiResult;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings about reported variables and their formula. */
class FormulaFindingsTest {
  private static final String GROWTH = "（甲－乙）÷乙×100%";
  private static final AnnualPlan PLAN = plan(kpi("成長率").formula(GROWTH).target("2%").build());

  private static Assessment assess(KpiResult result) {
    return Assessor.ofDefaults().assess(PLAN, results(result));
  }

  @Test
  void should_report_variables_that_lack_one_the_formula_needs() {
    // GIVEN variables without 乙
    // WHEN assessed
    Assessment assessment = assess(variables("1.1", "甲", 102));

    // THEN an error at the variables names 乙 and the formula, and nothing is computed
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-variables-complete",
                Severity.ERROR,
                "/results/0/variables",
                "The variables of KPI 1.1 (成長率) lack 乙, which its formula " + GROWTH + " needs."));
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.NOT_ASSESSED);
  }

  @Test
  void should_name_every_missing_variable() {
    // GIVEN variables with neither of the formula's names
    // WHEN assessed
    Assessment assessment = assess(variables("1.1", "丙", 1));

    // THEN the error names both, and the stray one is a warning of its own
    assertThat(assessment.findings())
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("result-variables-used", "/results/0/variables/丙"),
            org.assertj.core.groups.Tuple.tuple(
                "result-variables-complete", "/results/0/variables"));
    assertThat(assessment.findings().get(1).message()).contains("lack 甲, 乙,");
  }

  @Test
  void should_report_variables_for_a_kpi_without_a_formula() {
    // GIVEN a KPI whose measurement standard is prose and whose plan gives no formula
    AnnualPlan plan =
        plan(kpi("交流人數").measurementStandard("兩岸各項文教交流活動之參與人數").target("100").build());

    // WHEN variables are reported for it
    Assessment assessment =
        Assessor.ofDefaults().assess(plan, results(variables("1.1", "人數", 120)));

    // THEN an error at the variables
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-formula-present",
                Severity.ERROR,
                "/results/0/variables",
                "Variables are given for KPI 1.1 (交流人數), but the KPI has no formula: the plan"
                    + " gives none and its measurement standard states none."));
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.NOT_ASSESSED);
  }

  @Test
  void should_report_a_division_by_zero_naming_the_divisor() {
    // GIVEN a previous year of 0
    // WHEN assessed
    Assessment assessment = assess(variables("1.1", "甲", 5, "乙", 0));

    // THEN an error names the cause
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-formula-evaluates",
                Severity.ERROR,
                "/results/0/variables",
                "The formula of KPI 1.1 (成長率), "
                    + GROWTH
                    + ", cannot be evaluated with the variables given: division by zero: the"
                    + " divisor 乙 is 0."));
  }

  @Test
  void should_report_a_division_by_zero_in_traditional_chinese() {
    // GIVEN an assessor in Traditional Chinese
    Assessor assessor = Assessor.builder().locale(Locale.TAIWAN).build();

    // WHEN a division by zero is assessed
    Assessment assessment = assessor.assess(PLAN, results(variables("1.1", "甲", 5, "乙", 0)));

    // THEN the cause is in Chinese too
    assertThat(assessment.findings().get(0).message())
        .isEqualTo("關鍵績效指標 1.1「成長率」之公式 " + GROWTH + " 無法以所給變數計算：除數 乙 為零。");
  }

  @Test
  void should_report_a_value_too_large_to_compute_with() {
    // GIVEN a value beyond the range of a double
    // WHEN assessed
    Assessment assessment = assess(variables("1.1", "甲", "1E+400", "乙", 1));

    // THEN an error says the value is not finite, naming it
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("result-formula-evaluates");
              assertThat(f.message())
                  .contains("the value of 甲, or a result computed from it, is not a finite number");
            });
  }

  @Test
  void should_report_a_formula_that_cannot_be_read() {
    // GIVEN a plan whose formula is broken
    AnnualPlan plan = plan(kpi("成長率").formula("（甲－乙÷乙").target("2%").build());

    // WHEN variables are reported for it
    Assessment assessment =
        Assessor.ofDefaults().assess(plan, results(variables("1.1", "甲", 1, "乙", 1)));

    // THEN an error says so, with the position
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("result-formula-evaluates");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.path()).isEqualTo("/results/0/variables");
              assertThat(f.message())
                  .startsWith("The formula of KPI 1.1 (成長率), （甲－乙÷乙, cannot be read")
                  .contains("(at character ")
                  .doesNotContain("\n");
            });
  }

  @Test
  void should_report_two_spellings_of_one_variable() {
    // GIVEN 甲 reported once in full width and once in half width
    AnnualPlan plan = plan(kpi("比率").formula("A÷B").target("1").build());

    // WHEN assessed
    Assessment assessment =
        Assessor.ofDefaults().assess(plan, results(variables("1.1", "A", 1, "Ａ", 2, "B", 1)));

    // THEN an error points at the second spelling, and the first is used
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-variables-distinct",
                Severity.ERROR,
                "/results/0/variables/Ａ",
                "The variables of KPI 1.1 (比率) give A and Ａ, which are one name once full-width"
                    + " and half-width forms are taken alike; Ａ is ignored."));
    assertThat(assessment.kpis().get(0).actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1"));
  }

  @Test
  void should_warn_of_a_variable_the_formula_does_not_use_and_still_compute() {
    // GIVEN an extra variable, whose name needs escaping in a JSON Pointer
    // WHEN assessed
    Assessment assessment = assess(variables("1.1", "甲", 102, "乙", 100, "丙/丁", 7));

    // THEN a warning points at it, and the actual is computed from the others
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-variables-used",
                Severity.WARNING,
                "/results/0/variables/丙~1丁",
                "The variable 丙/丁 is not in the formula of KPI 1.1 (成長率), "
                    + GROWTH
                    + "; it is ignored."));
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_warn_of_an_actual_that_disagrees_with_its_variables_and_assess_the_actual() {
    // GIVEN an actual of 3% and variables that give 2%
    // WHEN assessed
    Assessment assessment = assess(both("1.1", "3%", "甲", 102, "乙", 100));

    // THEN a warning at the actual shows both values
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-actual-consistent",
                Severity.WARNING,
                "/results/0/actual",
                "The actual of KPI 1.1 (成長率), 3%, disagrees with the value its variables give,"
                    + " 2% (0.02); the actual as given is assessed."));
    // AND the given actual is the one assessed: 150%
    KpiAssessment assessed = assessment.kpis().get(0);
    assertThat(assessed.actualSource()).contains(ActualSource.GIVEN);
    assertThat(assessed.achievement())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("150"));
  }

  @ParameterizedTest(name = "actual {0}, variables {1} and {2}: agree {3}")
  @CsvSource({
    "2%, 10249, 10000, true",
    "2%, 10250, 10000, true",
    "2%, 10251, 10000, false",
    "2%, 10150, 10000, true",
    "2%, 10149, 10000, false",
    "2.5%, 10250, 10000, true",
    "2.5%, 10255, 10000, true",
    "2.5%, 10256, 10000, false",
    "0.02, 10204, 10000, true",
    "0.021, 10215, 10000, true",
    "0.021, 10216, 10000, false"
  })
  void should_allow_half_a_unit_in_the_actuals_last_place(
      String actual, int current, int previous, boolean agree) {
    // GIVEN an actual and variables close to it
    // WHEN assessed
    Assessment assessment = assess(both("1.1", actual, "甲", current, "乙", previous));

    // THEN they agree exactly when the difference is at most half a unit of the actual's last place
    assertThat(assessment.findings().isEmpty()).isEqualTo(agree);
  }

  @Test
  void should_compute_from_variables_when_the_actual_is_unusable() {
    // GIVEN an actual written as a phrase, with variables
    // WHEN assessed
    Assessment assessment = assess(both("1.1", "約2%", "甲", 102, "乙", 100));

    // THEN the phrase is an error, and the computed value is assessed
    assertThat(assessment.findings())
        .extracting(Finding::rule)
        .containsExactly("result-actual-quantified");
    KpiAssessment assessed = assessment.kpis().get(0);
    assertThat(assessed.actualSource()).contains(ActualSource.COMPUTED);
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_assess_the_given_actual_when_its_variables_cannot_be_used() {
    // GIVEN an actual with incomplete variables
    // WHEN assessed
    Assessment assessment = assess(both("1.1", "2%", "甲", 102));

    // THEN the variables are an error, and the given actual is assessed
    assertThat(assessment.findings())
        .extracting(Finding::rule)
        .containsExactly("result-variables-complete");
    assertThat(assessment.kpis().get(0).actualSource()).contains(ActualSource.GIVEN);
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.ACHIEVED);
  }
}
