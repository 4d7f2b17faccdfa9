package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;

/**
 * {@code kpi-linked-by-programme}: some programme links each KPI, except the common indicators of
 * budget execution, which measure the whole agency. A plan that lists no programme at all is not
 * concerned: its KPIs would each be reported for a gap that is the plan's, not theirs.
 */
final class KpiLinkedByProgramme extends KpiRule {
  static final String ID = "kpi-linked-by-programme";

  KpiLinkedByProgramme() {
    super(ID, Severity.INFO);
  }

  @Override
  boolean checkBeforeKpis(AnnualPlan plan, Reporter reporter) {
    return !plan.programmes().isEmpty();
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    if (!plan.programmesLinking(kpi).isEmpty() || reporter.isCommon(plan, kpi.kpi())) {
      return;
    }
    String name = kpi.kpi().name().strip();
    // A KPI without a name (text-not-blank reports that) is named by its id alone.
    if (name.isEmpty()) {
      reporter.reportVariant("unnamed", kpi.path(), kpi.id().text());
    } else {
      reporter.report(kpi.path(), kpi.id().text(), name);
    }
  }
}
