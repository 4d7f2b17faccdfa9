package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import java.util.List;

/**
 * {@code goal-numbering}: goals are numbered 1, 2, 3 … in printed order. Each goal is checked
 * against the one before it, so one missing or repeated number gives one finding, not one for
 * every goal after it.
 */
final class GoalNumbering extends StandardRule {
  static final String ID = "goal-numbering";

  GoalNumbering() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<Goal> goals = plan.goals();
    int previous = 0;
    for (int g = 0; g < goals.size(); g++) {
      int number = goals.get(g).number();
      if (number != previous + 1) {
        reporter.report(
            Paths.goal(g, "number"), String.valueOf(number), String.valueOf(previous + 1));
      }
      previous = number;
    }
  }
}
