package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.PlanResults;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An assessment lists every KPI of the plan in plan order, and counts every rating. */
class AssessmentSummaryTest {

  @Test
  void should_list_every_kpi_in_plan_order_whatever_the_order_of_results() {
    // GIVEN a plan of two goals and results in another order
    AnnualPlan one = plan(kpi("甲", "10", Direction.INCREASE), kpi("乙", "10", Direction.INCREASE));
    Goal second =
        Goal.builder()
            .number(2)
            .title("第二目標")
            .addKpis(kpi("丙").number(1).target("10").build())
            .build();
    AnnualPlan plan = AnnualPlan.builder().from(one).addGoals(second).build();
    PlanResults results = results(actual("2.1", "10"), actual("1.2", "5"), actual("甲", "9.5"));

    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(plan, results);

    // THEN the KPIs come in plan order, each with the result that designates it
    assertThat(assessment.kpis())
        .extracting(k -> k.id().text(), KpiAssessment::name, KpiAssessment::resultIndex)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1", "甲", java.util.Optional.of(2)),
            org.assertj.core.groups.Tuple.tuple("1.2", "乙", java.util.Optional.of(1)),
            org.assertj.core.groups.Tuple.tuple("2.1", "丙", java.util.Optional.of(0)));
    assertThat(assessment.kpis())
        .extracting(KpiAssessment::rating)
        .containsExactly(Rating.NEARLY_ACHIEVED, Rating.NOT_ACHIEVED, Rating.ACHIEVED);
    assertThat(assessment.agencyCode()).isEqualTo("MAC");
    assertThat(assessment.rocYear()).isEqualTo(107);
    assertThat(assessment.kpi("丙"))
        .hasValueSatisfying(k -> assertThat(k.id().text()).isEqualTo("2.1"));
    assertThat(assessment.kpi("9.9")).isEmpty();
  }

  @Test
  void should_find_no_assessment_for_a_kpi_of_another_plan_at_the_same_position() {
    // GIVEN an assessment of one plan, and the first KPI of another plan, at the same position
    AnnualPlan plan = plan(kpi("甲", "10", Direction.INCREASE));
    AnnualPlan other = plan(kpi("乙", "10", Direction.INCREASE));
    Assessment assessment = Assessor.ofDefaults().assess(plan, results(actual("甲", "10")));
    // WHEN the assessment is asked for each
    // THEN only the assessed plan's own KPI has one: KPIs are equal by position alone
    assertThat(assessment.kpi(plan.kpis().get(0))).isPresent();
    assertThat(assessment.kpi(other.kpis().get(0))).isEmpty();
  }

  @Test
  void should_count_every_rating_including_those_no_kpi_has() {
    // GIVEN three KPIs, one achieved, one not achieved, one without a result
    AnnualPlan plan =
        plan(
            kpi("甲", "10", Direction.INCREASE),
            kpi("乙", "10", Direction.INCREASE),
            kpi("丙", "10", Direction.INCREASE));

    // WHEN assessed
    Assessment assessment =
        Assessor.ofDefaults().assess(plan, results(actual("1.1", "10"), actual("1.2", "1")));

    // THEN the summary has all four ratings in their order, nearly-achieved at 0
    assertThat(assessment.summary())
        .containsExactly(
            entry(Rating.ACHIEVED, 1),
            entry(Rating.NEARLY_ACHIEVED, 0),
            entry(Rating.NOT_ACHIEVED, 1),
            entry(Rating.NOT_ASSESSED, 1));
    assertThat(assessment.count(Rating.NOT_ASSESSED)).isEqualTo(1);
    assertThat(assessment.hasErrors()).isFalse();
  }

  @Test
  void should_count_every_kpi_not_assessed_when_there_are_no_results() {
    // GIVEN a plan of two KPIs and an empty results document
    AnnualPlan plan = plan(kpi("甲", "10", Direction.INCREASE), kpi("乙").build());

    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(plan, results());

    // THEN both are not assessed, and the other ratings count 0
    assertThat(assessment.summary()).containsEntry(Rating.NOT_ASSESSED, 2);
    assertThat(assessment.summary().values()).containsExactly(0, 0, 0, 2);
  }

  @Test
  void should_give_each_rating_its_code_and_colour() {
    // GIVEN the four ratings WHEN asked for code and colour THEN they are the reviewers' ones
    assertThat(List.of(Rating.values()))
        .extracting(Rating::code, Rating::colour)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("achieved", "green"),
            org.assertj.core.groups.Tuple.tuple("nearly-achieved", "yellow"),
            org.assertj.core.groups.Tuple.tuple("not-achieved", "red"),
            org.assertj.core.groups.Tuple.tuple("not-assessed", "white"));
    assertThat(Rating.fromCode("nearly-achieved")).contains(Rating.NEARLY_ACHIEVED);
    assertThat(Rating.fromCode("green")).isEmpty();
  }
}
