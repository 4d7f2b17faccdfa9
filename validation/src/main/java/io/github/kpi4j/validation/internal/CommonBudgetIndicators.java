package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;

/**
 * {@code common-budget-indicators}: the plan carries the two common indicators of budget execution
 * (see {@link CommonIndicators}).
 */
final class CommonBudgetIndicators extends StandardRule {
  static final String ID = "common-budget-indicators";

  CommonBudgetIndicators() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    for (CommonIndicators common : CommonIndicators.ALL) {
      if (plan.kpiNamed(common.indicatorName()).isEmpty()) {
        reporter.report(Paths.GOALS, common.indicatorName());
      }
    }
  }
}
