package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.RelativeTarget;
import java.util.Optional;

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
    // Asked of every KPI: written without an Optional chain, whose lambdas capture the KPI and
    // were made anew for each one.
    Optional<QuantityText> target = kpi.kpi().target();
    if (target.isEmpty()) {
      return;
    }
    QuantityText t = target.get();
    if (t.text().isBlank()
        || t.isQuantified()
        || kpi.kpi().progressOf(t).isPresent()
        || (kpi.kpi().baseline().isPresent() && RelativeTarget.parse(t.text()).isPresent())) {
      return;
    }
    reporter.report(Paths.kpi(kpi, "target"), kpi.id().text(), t.text().strip());
  }
}
