package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;

/** {@code kpi-target-present}: every KPI has a target (年度目標值), and not a blank one. */
final class KpiTargetPresent extends KpiRule {
  static final String ID = "kpi-target-present";

  KpiTargetPresent() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    if (kpi.kpi().target().map(QuantityText::text).filter(t -> !t.isBlank()).isEmpty()) {
      reporter.report(Paths.kpi(kpi, "target"), kpi.id().text());
    }
  }
}
