package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.RelativeTarget;

/**
 * {@code target-quantified}: a KPI's target is one number with an optional unit ({@code 408篇},
 * {@code 86%}), or the KPI cannot be assessed. A missing or blank target is {@code
 * kpi-target-present}'s concern. Two targets that are not quantities can still be assessed: a
 * milestone KPI's target naming one of its milestones (by number or text), and a relative target
 * ({@code 較前年度增加10%}) whose KPI gives its baseline.
 */
final class TargetQuantified extends KpiRule {
  static final String ID = "target-quantified";

  TargetQuantified() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    kpi.kpi()
        .target()
        .filter(t -> !t.text().isBlank() && !t.isQuantified())
        .filter(t -> kpi.kpi().progressOf(t).isEmpty())
        .filter(t -> kpi.kpi().baseline().isEmpty() || RelativeTarget.parse(t.text()).isEmpty())
        .map(QuantityText::text)
        .ifPresent(t -> reporter.report(Paths.kpi(kpi, "target"), kpi.id().text(), t.strip()));
  }
}
