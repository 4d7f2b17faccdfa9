package io.github.kpi4j.validation.internal;

import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.PlanKpi;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The formulas of one plan, read and compiled once for all the rules of one validation: three rules
 * look at every KPI's formula, and compiling was most of a validation's cost.
 *
 * <p>Keyed by the KPI itself: a {@link PlanKpi} is equal to another by its position in the plan, so
 * its hash is cheap and never walks its goal.
 */
final class KpiFormulas {
  private final Map<PlanKpi, Optional<KpiFormula>> formulas = new HashMap<>();

  /**
   * @param kpi a KPI of the plan being validated
   * @return its formula, or empty if it has none
   */
  Optional<KpiFormula> of(PlanKpi kpi) {
    return formulas.computeIfAbsent(kpi, k -> KpiFormula.of(k.kpi()));
  }
}
