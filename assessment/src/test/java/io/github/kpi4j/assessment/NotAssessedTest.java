package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import org.junit.jupiter.api.Test;

/** KPIs that cannot be assessed are rated not-assessed (white), with no achievement. */
class NotAssessedTest {

  @Test
  void should_not_assess_a_kpi_without_a_result() {
    // GIVEN a plan of two KPIs and a result for the first only
    AnnualPlan plan = plan(kpi("甲", "10", Direction.INCREASE), kpi("乙", "20", Direction.INCREASE));

    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(plan, results(actual("1.1", "10")));

    // THEN the second is not assessed, with no result, actual or achievement
    KpiAssessment second = assessment.kpis().get(1);
    assertThat(second.rating()).isEqualTo(Rating.NOT_ASSESSED);
    assertThat(second.result()).isEmpty();
    assertThat(second.resultIndex()).isEmpty();
    assertThat(second.actual()).isEmpty();
    assertThat(second.actualSource()).isEmpty();
    assertThat(second.achievement()).isEmpty();
    assertThat(assessment.findings()).isEmpty();
  }

  @Test
  void should_not_assess_a_kpi_without_a_target() {
    // GIVEN a KPI the plan gives no target
    AnnualPlan plan = plan(kpi("甲").build());

    // WHEN a result is given for it
    KpiAssessment assessed =
        Assessor.ofDefaults().assess(plan, results(actual("1.1", "10"))).kpis().get(0);

    // THEN it is not assessed, though its actual is kept
    assertThat(assessed.rating()).isEqualTo(Rating.NOT_ASSESSED);
    assertThat(assessed.target()).isEmpty();
    assertThat(assessed.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("10"));
    assertThat(assessed.achievement()).isEmpty();
  }

  @Test
  void should_not_assess_a_kpi_whose_target_is_not_one_quantity() {
    // GIVEN a KPI whose target is a phrase
    AnnualPlan plan = plan(kpi("甲", "較前年度增加10%", Direction.INCREASE));

    // WHEN a result is given for it
    KpiAssessment assessed =
        Assessor.ofDefaults().assess(plan, results(actual("1.1", "12%"))).kpis().get(0);

    // THEN it is not assessed, and the target text is kept as printed
    assertThat(assessed.rating()).isEqualTo(Rating.NOT_ASSESSED);
    assertThat(assessed.target())
        .hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("較前年度增加10%"));
    assertThat(assessed.achievement()).isEmpty();
  }

  @Test
  void should_not_assess_a_kpi_whose_actual_is_not_one_quantity() {
    // GIVEN a result whose actual is a phrase
    AnnualPlan plan = plan(kpi("甲", "10", Direction.INCREASE));

    // WHEN assessed
    KpiAssessment assessed =
        Assessor.ofDefaults().assess(plan, results(actual("1.1", "大致完成"))).kpis().get(0);

    // THEN it is not assessed and has no actual
    assertThat(assessed.rating()).isEqualTo(Rating.NOT_ASSESSED);
    assertThat(assessed.result()).isPresent();
    assertThat(assessed.actual()).isEmpty();
    assertThat(assessed.actualSource()).isEmpty();
  }
}
