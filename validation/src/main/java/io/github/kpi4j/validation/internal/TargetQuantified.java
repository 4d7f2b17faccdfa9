package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;

/**
 * {@code target-quantified}: a KPI's target is one number with an optional unit ({@code 408篇},
 * {@code 86%}), or the KPI cannot be assessed. A missing or blank target is {@code
 * kpi-target-present}'s concern.
 */
final class TargetQuantified extends BuiltInRule {
  static final String ID = "target-quantified";

  TargetQuantified() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    for (PlanKpi kpi : plan.kpis()) {
      kpi.kpi()
          .target()
          .filter(t -> !t.text().isBlank() && !t.isQuantified())
          .map(QuantityText::text)
          .ifPresent(t -> reporter.report(Paths.kpi(kpi, "target"), kpi.id().text(), t.strip()));
    }
  }
}
