package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import java.util.List;

/**
 * {@code kpi-numbering}: the KPIs of each goal are numbered 1, 2, 3 … in printed order; checked
 * like {@link GoalNumbering}, by position, one finding per missing or repeated number.
 */
final class KpiNumbering extends BuiltInRule {
  static final String ID = "kpi-numbering";

  KpiNumbering() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<Goal> goals = plan.goals();
    for (int g = 0; g < goals.size(); g++) {
      String goal = String.valueOf(goals.get(g).number());
      List<Kpi> kpis = goals.get(g).kpis();
      int goalIndex = g;
      Ordinals.check(
          kpis.size(),
          k -> kpis.get(k).number(),
          (k, expected) ->
              reporter.report(
                  Paths.goal(goalIndex, "kpis/" + k + "/number"),
                  goal,
                  String.valueOf(kpis.get(k).number()),
                  String.valueOf(expected)));
    }
  }
}
