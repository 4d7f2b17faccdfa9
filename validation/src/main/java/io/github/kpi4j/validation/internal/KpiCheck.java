package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import java.util.List;

/**
 * What a rule has left to check once it has started: each KPI, then what it checks after them. A
 * validator calls the checks of all its rules for one KPI before the next, and then each rule's
 * {@link #end()} in rule order (see {@link KpiRule}).
 */
@FunctionalInterface
interface KpiCheck {
  /** The check of a rule that has checked all it checks already. */
  KpiCheck NONE = kpi -> {};

  /**
   * @param kpi a KPI of the plan being checked, in plan order
   */
  void check(PlanKpi kpi);

  /** Checks what the rule checks after the KPIs, once the last KPI is checked: nothing here. */
  default void end() {}

  /**
   * Walks the plan's KPIs once for several checks: each KPI is checked by all of them, in their
   * order, before the next; then each ends, in their order.
   *
   * @param plan the plan
   * @param checks the checks, none of them {@link #NONE}
   */
  static void walk(AnnualPlan plan, List<KpiCheck> checks) {
    int count = checks.size();
    for (PlanKpi kpi : plan.kpis()) {
      for (int c = 0; c < count; c++) {
        checks.get(c).check(kpi);
      }
    }
    for (int c = 0; c < count; c++) {
      checks.get(c).end();
    }
  }
}
