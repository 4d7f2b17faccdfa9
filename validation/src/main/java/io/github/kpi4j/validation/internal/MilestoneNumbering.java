package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;

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
    Ordinals.check(kpi, "milestones", kpi.kpi().milestones(), Milestone::number, reporter);
  }
}
