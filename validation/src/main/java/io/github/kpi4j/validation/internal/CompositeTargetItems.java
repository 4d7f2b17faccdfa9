package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code composite-target-items}: a composite KPI's target counts the items that reach their own
 * targets, so it is not more than its number of items. A target that is not one quantity is {@code
 * target-quantified}'s concern.
 */
final class CompositeTargetItems extends KpiRule {
  static final String ID = "composite-target-items";

  CompositeTargetItems() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    int items = kpi.kpi().items().size();
    if (items == 0) {
      return;
    }
    Optional<Quantity> target = kpi.kpi().target().flatMap(t -> t.quantity());
    if (target.isPresent() && target.get().value().compareTo(BigDecimal.valueOf(items)) > 0) {
      reporter.report(
          Paths.kpi(kpi, "target"),
          kpi.id().text(),
          kpi.kpi().target().orElseThrow().text(),
          String.valueOf(items));
    }
  }
}
