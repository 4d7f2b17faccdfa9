package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code common-goal-indicators}: in a central agency's plan, the common indicators of budget
 * execution stand in a goal marked {@code common}, and a goal marked {@code common} holds at least
 * one of them. A local plan is not concerned: its common goals are its government's own.
 */
final class CommonGoalIndicators extends BuiltInRule {
  static final String ID = "common-goal-indicators";

  CommonGoalIndicators() {
    super(ID, Severity.INFO);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    if (plan.agency().level() != AgencyLevel.CENTRAL) {
      return;
    }
    List<Goal> goals = plan.goals();
    for (int g = 0; g < goals.size(); g++) {
      Goal goal = goals.get(g);
      List<String> common = new ArrayList<>();
      for (Kpi kpi : goal.kpis()) {
        if (reporter.isCommon(plan, kpi)) {
          common.add(goal.number() + "." + kpi.number() + " " + kpi.name().strip());
        }
      }
      if (!goal.common() && !common.isEmpty()) {
        reporter.report(
            Paths.goal(g, "common"),
            String.valueOf(goal.number()),
            String.join(reporter.phrase("list.separator"), common));
      } else if (goal.common() && common.isEmpty()) {
        reporter.reportVariant("none", Paths.goal(g, "common"), String.valueOf(goal.number()));
      }
    }
  }
}
