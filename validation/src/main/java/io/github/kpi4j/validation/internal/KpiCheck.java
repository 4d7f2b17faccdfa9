package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.PlanKpi;

/**
 * What a rule checks of each KPI, once what it checks of the plan as a whole is done; a validator
 * calls the checks of all its rules for one KPI before the next (see {@link KpiRule}).
 */
@FunctionalInterface
interface KpiCheck {
  /** The check of a rule that has checked all it checks already. */
  KpiCheck NONE = kpi -> {};

  /**
   * @param kpi a KPI of the plan being checked, in plan order
   */
  void check(PlanKpi kpi);
}
