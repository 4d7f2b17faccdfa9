package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalHasKpisTest {
  private static final String RULE = "goal-has-kpis";

  @Test
  void should_warn_of_a_goal_without_kpis() {
    // GIVEN goal 2 without KPIs
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(Plans.goal1(), goal(2, "目標二", new Kpi[0]), Plans.budgetGoal(3)))
            .findings(RULE);
    // WHEN validated, THEN a warning points where its KPIs belong
    assertThat(findings)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/goals/1/kpis",
                Severity.WARNING,
                "Goal 2 has no KPI, so its progress cannot be measured"));
  }

  @Test
  void should_accept_goals_with_kpis() {
    // GIVEN the valid plan, each goal with KPIs; WHEN validated, THEN no warning
    assertThat(Plans.validate(Plans.valid()).findings(RULE)).isEmpty();
  }
}
