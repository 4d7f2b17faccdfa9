package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;
import java.util.Optional;

/** {@code kpi-target-present}: every KPI has a target (年度目標值), and not a blank one. */
final class KpiTargetPresent extends KpiRule {
  static final String ID = "kpi-target-present";

  KpiTargetPresent() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    Optional<QuantityText> target = kpi.kpi().target();
    if (target.isEmpty() || target.get().text().isBlank()) {
      reporter.report(Paths.kpi(kpi, "target"), kpi.id().text());
    }
  }
}
