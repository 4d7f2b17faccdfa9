package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;

/**
 * {@code plan-year-in-range}: the plan's ROC year lies between 38 (1949, when the government came
 * to Taiwan; plans of this kind exist from the 1950s) and ten years after the current one (plans
 * are drafted a year or so ahead; a mid-term outlook reaches a few years further).
 */
final class PlanYearInRange extends BuiltInRule {
  static final String ID = "plan-year-in-range";
  static final int FIRST_YEAR = 38;
  static final int YEARS_AHEAD = 10;

  PlanYearInRange() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    // The validation's clock tells the year (the builder's clock, or the system clock).
    int last = reporter.currentRocYear() + YEARS_AHEAD;
    int year = plan.rocYear();
    if (year < FIRST_YEAR || year > last) {
      reporter.report(
          "/rocYear",
          String.valueOf(year),
          String.valueOf(FIRST_YEAR),
          String.valueOf(last),
          String.valueOf(AnnualPlan.toGregorianYear(FIRST_YEAR)),
          String.valueOf(AnnualPlan.toGregorianYear(last)));
    }
  }
}
