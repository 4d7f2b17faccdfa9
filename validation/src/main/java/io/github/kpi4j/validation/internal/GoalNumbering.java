package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import java.util.List;

/**
 * {@code goal-numbering}: goals are numbered 1, 2, 3 … in printed order. The n-th goal should be
 * numbered n, and the finding says so; a goal that follows on from the one before it is not
 * reported again, so one missing or repeated number gives one finding, not one for every goal after
 * it (see {@link Ordinals}).
 */
final class GoalNumbering extends BuiltInRule {
  static final String ID = "goal-numbering";

  GoalNumbering() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<Goal> goals = plan.goals();
    Ordinals.check(
        goals.size(),
        g -> goals.get(g).number(),
        (g, expected) ->
            reporter.report(
                Paths.goal(g, "number"),
                String.valueOf(goals.get(g).number()),
                String.valueOf(expected)));
  }
}
