package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;
import java.util.List;

/**
 * {@code milestone-numbering}: the milestones of a KPI's ladder are numbered 1, 2, 3 … in printed
 * order; checked like {@link GoalNumbering}, one finding per missing or repeated number.
 */
final class MilestoneNumbering extends KpiRule {
  static final String ID = "milestone-numbering";

  MilestoneNumbering() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    List<Milestone> milestones = kpi.kpi().milestones();
    Ordinals.check(
        milestones.size(),
        i -> milestones.get(i).number(),
        (i, expected) ->
            reporter.report(
                Paths.kpi(kpi, "milestones/" + i + "/number"),
                kpi.id().text(),
                String.valueOf(milestones.get(i).number()),
                String.valueOf(expected)));
  }
}
