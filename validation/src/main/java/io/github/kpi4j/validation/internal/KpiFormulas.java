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
 * <p>Keyed by the KPI's position in the document: every plan gives it the same way, and a KPI's
 * value hash would walk the whole goal.
 */
final class KpiFormulas {
  private final Map<Long, Optional<KpiFormula>> formulas = new HashMap<>();

  /**
   * @param kpi a KPI of the plan being validated
   * @return its formula, or empty if it has none
   */
  Optional<KpiFormula> of(PlanKpi kpi) {
    long position = ((long) kpi.goalIndex() << 32) | kpi.kpiIndex();
    return formulas.computeIfAbsent(position, p -> KpiFormula.of(kpi.kpi()));
  }

  /** What a rule's context offers when one validation shares its formulas among its rules. */
  interface Shared {
    /**
     * @return the formulas of the plan being validated
     */
    KpiFormulas formulas();
  }
}
