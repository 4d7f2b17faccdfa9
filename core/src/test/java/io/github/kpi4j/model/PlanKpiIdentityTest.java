package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A KPI of a plan is identified by its position; the plan's indexes are not its API. */
class PlanKpiIdentityTest {
  private final AnnualPlan plan = Plans.mac();

  @Test
  void should_be_equal_to_a_kpi_at_the_same_position_whatever_its_goal_and_kpi() {
    // GIVEN KPI 1.1 of the plan, and a KPI with another goal and KPI at the same position
    PlanKpi first = plan.kpis().get(0);
    Goal otherGoal = plan.goals().get(1);
    PlanKpi samePosition = PlanKpi.of(otherGoal, otherGoal.kpis().get(0), 0, 0);
    // WHEN they are compared
    // THEN they are equal, with one hash code: only the position counts
    assertThat(samePosition).isEqualTo(first).hasSameHashCodeAs(first);
  }

  @Test
  void should_differ_from_the_same_kpi_at_another_position() {
    // GIVEN one goal and KPI, at two positions
    Goal goal = plan.goals().get(0);
    PlanKpi atFirst = PlanKpi.of(goal, goal.kpis().get(0), 0, 0);
    // WHEN / THEN a different goal index or KPI index makes a different PlanKpi
    assertThat(PlanKpi.of(goal, goal.kpis().get(0), 1, 0)).isNotEqualTo(atFirst);
    assertThat(PlanKpi.of(goal, goal.kpis().get(0), 0, 1)).isNotEqualTo(atFirst);
  }

  @Test
  void should_tell_a_kpi_of_the_plan_from_one_of_another_plan_at_the_same_position() {
    // GIVEN KPI 1.1 of the plan, and the KPI of goal 4 placed at 1.1's position
    Goal goal4 = plan.goals().get(1);
    PlanKpi foreign = PlanKpi.of(goal4, goal4.kpis().get(0), 0, 0);
    // WHEN the plan is asked whether it holds them
    // THEN it holds its own, rebuilt or not, and not the other, nor one past its last position
    assertThat(plan.contains(plan.kpis().get(0))).isTrue();
    Goal goal1 = plan.goals().get(0);
    assertThat(plan.contains(PlanKpi.of(goal1, goal1.kpis().get(1), 0, 1))).isTrue();
    assertThat(plan.contains(foreign)).isFalse();
    assertThat(plan.contains(PlanKpi.of(goal4, goal4.kpis().get(0), 1, 5))).isFalse();
    assertThat(plan.contains(PlanKpi.of(goal4, goal4.kpis().get(0), 7, 0))).isFalse();
  }

  @Test
  void should_keep_its_indexes_out_of_the_public_api() {
    // GIVEN the public methods of a plan
    List<String> names =
        Arrays.stream(AnnualPlan.class.getMethods()).map(Method::getName).distinct().toList();
    // WHEN / THEN no index of KPIs or programmes is among them, and none returns a map
    assertThat(names)
        .doesNotContain("kpisById", "kpisByName", "kpisByPrintedName", "programmesByKpi")
        .contains("kpi", "kpiNamed", "resolve", "closestKpi", "programmesLinking", "kpis");
    assertThat(AnnualPlan.class.getMethods())
        .noneMatch(m -> Map.class.isAssignableFrom(m.getReturnType()));
    // AND a plan cannot be implemented outside kpi4j, where it could skip the indexes
    assertThat(AnnualPlan.class.getDeclaredConstructors())
        .allMatch(
            c -> !Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers()));
  }

  @Test
  void should_build_each_index_once_per_plan() {
    // GIVEN a plan whose lookups have run
    plan.kpi("1.1");
    plan.kpiNamed("研修(訂)大陸事務相關法規");
    plan.programmesLinking(plan.kpis().get(0));
    // WHEN they run again / THEN they use the same indexes, not new ones
    assertThat(plan.kpisById()).isSameAs(plan.kpisById());
    assertThat(plan.kpisByName()).isSameAs(plan.kpisByName());
    assertThat(plan.programmesByKpi()).isSameAs(plan.programmesByKpi());
  }
}
