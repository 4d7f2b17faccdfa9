package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;

/**
 * {@code kpi-name-unique}: no two KPIs share a name, compared as {@link Names} does, since
 * programmes and results refer to KPIs by name. Each later KPI of a shared name is reported,
 * pointing back to the first.
 */
final class KpiNameUnique extends KpiRule {
  static final String ID = "kpi-name-unique";

  KpiNameUnique() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    // The plan's own index of names keeps the first KPI of each KPI's name; resolving references
    // builds it anyway, so the rule keeps no index of its own and compares no name.
    String name = kpi.kpi().name();
    if (name.isBlank()) {
      return; // text-not-blank's concern
    }
    PlanKpi earlier = plan.firstNamedLike(kpi);
    if (!earlier.equals(kpi)) {
      reporter.report(Paths.kpi(kpi, "name"), kpi.id().text(), name, earlier.id().text());
    }
  }
}
