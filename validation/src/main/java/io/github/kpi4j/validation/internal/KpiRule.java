package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;

/**
 * A built-in rule that checks each KPI on its own (and perhaps something of the plan besides).
 *
 * <p>A validator runs every such rule in one walk over the plan's KPIs: each KPI is checked by all
 * of them, in rule order, before the next. Walking the KPIs once per rule brought each KPI of a
 * large plan into the processor's caches a dozen times, and validating grew several times faster
 * than the plan (benchmarks/README.md, issue 17's fifth round). Checked alone, outside a validator,
 * the rule walks the KPIs itself.
 */
abstract class KpiRule extends BuiltInRule {
  KpiRule(String id, Severity severity) {
    super(id, severity);
  }

  @Override
  final void check(AnnualPlan plan, Reporter reporter) {
    KpiCheck perKpi = start(plan, reporter);
    for (PlanKpi kpi : plan.kpis()) {
      perKpi.check(kpi);
    }
  }

  @Override
  final KpiCheck start(AnnualPlan plan, Reporter reporter) {
    checkPlan(plan, reporter);
    return kpi -> check(plan, kpi, reporter);
  }

  /**
   * Checks what the rule checks outside the KPIs, before any KPI is checked: nothing unless
   * overridden.
   */
  void checkPlan(AnnualPlan plan, Reporter reporter) {}

  /**
   * Checks one KPI.
   *
   * @param plan the plan that holds it
   * @param kpi a KPI of the plan
   * @param reporter where to report
   */
  abstract void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter);
}
