package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.PlanKpi;

/**
 * {@code item-numbering}: the items of a composite KPI are numbered 1, 2, 3 … in printed order;
 * checked like {@link GoalNumbering}, one finding per missing or repeated number.
 */
final class ItemNumbering extends KpiRule {
  static final String ID = "item-numbering";

  ItemNumbering() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    Ordinals.check(kpi, "items", kpi.kpi().items(), KpiItem::number, reporter);
  }
}
