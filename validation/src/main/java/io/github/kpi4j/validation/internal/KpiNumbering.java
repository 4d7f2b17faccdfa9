package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import java.util.List;

/**
 * {@code kpi-numbering}: the KPIs of each goal are numbered 1, 2, 3 … in printed order; like
 * {@link GoalNumbering}, each is checked against the one before it.
 */
final class KpiNumbering extends StandardRule {
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
      int previous = 0;
      for (int k = 0; k < kpis.size(); k++) {
        int number = kpis.get(k).number();
        if (number != previous + 1) {
          reporter.report(
              Paths.goal(g, "kpis/" + k + "/number"),
              goal,
              String.valueOf(number),
              String.valueOf(previous + 1));
        }
        previous = number;
      }
    }
  }
}
