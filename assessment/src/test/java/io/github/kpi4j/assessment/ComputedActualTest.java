package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.both;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static io.github.kpi4j.assessment.Fixtures.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.KpiResult;
import org.junit.jupiter.api.Test;

/** Actuals computed from reported variables through the KPI's formula. */
class ComputedActualTest {

  private static KpiAssessment assess(AnnualPlan plan, KpiResult result) {
    Assessment assessment = Assessor.ofDefaults().assess(plan, results(result));
    assertThat(assessment.findings()).isEmpty();
    return assessment.kpis().get(0);
  }

  @Test
  void should_compute_the_actual_through_the_kpis_formula() {
    // GIVEN a growth KPI with a formula and a percent target, and the two figures it needs
    AnnualPlan plan =
        plan(
            kpi("青年交流成長率")
                .formula("（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次×100%")
                .target("2%")
                .build());
    KpiResult result = variables("1.1", "當年度青年交流總人次", 10300, "前1年度青年交流總人次", 10000);

    // WHEN assessed
    KpiAssessment assessed = assess(plan, result);

    // THEN the ratio 0.03 is the actual, compared as a fraction with 2% = 0.02: 150%
    assertThat(assessed.actualSource()).contains(ActualSource.COMPUTED);
    assertThat(assessed.actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.03"));
    assertThat(assessed.achievement())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("150"));
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_find_the_formula_in_the_measurement_standard_when_the_plan_gives_none() {
    // GIVEN a KPI whose measurement standard is a formula with a bracketed remark
    AnnualPlan plan =
        plan(kpi("補助辦展比率").measurementStandard("補助辦展數/計畫補助辦展數*100%(單位:場數)").target("90%").build());

    // WHEN its two figures are reported
    KpiAssessment assessed = assess(plan, variables("1.1", "補助辦展數", 8, "計畫補助辦展數", 10));

    // THEN 0.8 against 0.9 is 88.89%: not achieved
    assertThat(assessed.actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.8"));
    assertThat(assessed.rating()).isEqualTo(Rating.NOT_ACHIEVED);
  }

  @Test
  void should_prefer_the_plans_formula_to_the_measurement_standard() {
    // GIVEN a KPI whose formula and measurement standard differ
    AnnualPlan plan = plan(kpi("比率").measurementStandard("甲÷乙").formula("甲－乙").target("1").build());

    // WHEN both variables are reported
    KpiAssessment assessed = assess(plan, variables("1.1", "甲", 4, "乙", 2));

    // THEN the formula is used: 4 − 2, not 4 ÷ 2
    assertThat(assessed.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("2"));
  }

  @Test
  void should_match_variable_names_whatever_their_width() {
    // GIVEN a formula in half-width names and variables reported in full width
    AnnualPlan plan = plan(kpi("比率").formula("A/B").target("50%").build());

    // WHEN assessed
    KpiAssessment assessed = assess(plan, variables("1.1", "Ａ", 1, "Ｂ", 2));

    // THEN they are the formula's variables
    assertThat(assessed.actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.5"));
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_rate_a_value_exactly_on_target_achieved_despite_floating_point_noise() {
    // GIVEN a formula whose double arithmetic gives 0.19999999999999998 for 0.3 − 0.1
    AnnualPlan plan = plan(kpi("差額").formula("甲－乙").target("0.2").build());

    // WHEN assessed
    KpiAssessment assessed = assess(plan, variables("1.1", "甲", "0.3", "乙", "0.1"));

    // THEN the value is taken at 15 significant digits, 0.2, and so is on target
    assertThat(assessed.actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.2"));
    assertThat(assessed.achievement())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("100"));
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_rate_a_decrease_kpi_computed_under_and_over_its_target() {
    // GIVEN a budget-overrun KPI, lower being better, with a target of 5%
    AnnualPlan plan =
        plan(
            kpi("概算超編比率")
                .formula("【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%")
                .target("5%")
                .direction(Direction.DECREASE)
                .build());

    // WHEN the overrun is 4% THEN it is achieved, 125%
    KpiAssessment under = assess(plan, variables("1.1", "本年度歲出概算編報數", 104, "本年度中程歲出概算額度核列數", 100));
    assertThat(under.rating()).isEqualTo(Rating.ACHIEVED);
    assertThat(under.achievement())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("125"));

    // WHEN the overrun is 5.5% THEN it is nearly achieved, 90.91%
    KpiAssessment over = assess(plan, variables("1.1", "本年度歲出概算編報數", 105.5, "本年度中程歲出概算額度核列數", 100));
    assertThat(over.rating()).isEqualTo(Rating.NEARLY_ACHIEVED);

    // WHEN the budget came in under the ceiling, a negative overrun THEN it is achieved, with no
    // achievement
    KpiAssessment negative =
        assess(plan, variables("1.1", "本年度歲出概算編報數", 98, "本年度中程歲出概算額度核列數", 100));
    assertThat(negative.actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("-0.02"));
    assertThat(negative.rating()).isEqualTo(Rating.ACHIEVED);
    assertThat(negative.achievement()).isEmpty();
  }

  @Test
  void should_assess_the_given_actual_when_it_agrees_with_its_variables() {
    // GIVEN an actual rounded to whole percent, and variables that give 0.0236
    AnnualPlan plan = plan(kpi("比率").formula("甲÷乙").target("2%").build());

    // WHEN assessed
    KpiAssessment assessed = assess(plan, both("1.1", "2%", "甲", 236, "乙", 10000));

    // THEN the given actual is assessed, without a warning
    assertThat(assessed.actualSource()).contains(ActualSource.GIVEN);
    assertThat(assessed.actual())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.02"));
  }
}
