package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.PlanKpi;

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
}
