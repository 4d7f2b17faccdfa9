package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import java.util.List;

/** {@code goal-has-kpis}: every goal has at least one KPI, or its progress cannot be measured. */
final class GoalHasKpis extends BuiltInRule {
  static final String ID = "goal-has-kpis";

  GoalHasKpis() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<Goal> goals = plan.goals();
    for (int g = 0; g < goals.size(); g++) {
      if (goals.get(g).kpis().isEmpty()) {
        reporter.report(Paths.goal(g, "kpis"), String.valueOf(goals.get(g).number()));
      }
    }
  }
}
