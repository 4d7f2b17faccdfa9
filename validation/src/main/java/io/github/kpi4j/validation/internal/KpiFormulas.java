package io.github.kpi4j.validation.internal;

import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.PlanKpi;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The formulas of one plan, read and compiled once for all the rules of one validation: three rules
 * look at every KPI's formula, and compiling was most of a validation's cost.
 *
 * <p>Keyed by the KPI itself: a {@link PlanKpi} is equal to another by its position in the plan, so
 * its hash is cheap and never walks its goal. KPIs that print the same formula (the common
 * indicators, a formula an agency repeats for each year or region) share one compilation: {@link
 * KpiFormula#of(Kpi)} reads nothing of a KPI but its own formula, or, where that is blank, its
 * measurement standard, and its result is immutable.
 */
final class KpiFormulas {
  private final Map<PlanKpi, Optional<KpiFormula>> formulas = new HashMap<>();
  private final Map<String, Optional<KpiFormula>> byOwnFormula = new HashMap<>();
  private final Map<String, Optional<KpiFormula>> byMeasurementStandard = new HashMap<>();

  /**
   * @param kpi a KPI of the plan being validated
   * @return its formula, or empty if it has none
   */
  Optional<KpiFormula> of(PlanKpi kpi) {
    Optional<KpiFormula> formula = formulas.get(kpi);
    if (formula == null) {
      formula = read(kpi.kpi());
      formulas.put(kpi, formula);
    }
    return formula;
  }

  private Optional<KpiFormula> read(Kpi kpi) {
    // The same choice KpiFormula.of makes: a blank formula is no formula.
    String own = kpi.formula().orElse(null);
    boolean hasOwn = own != null && !own.isBlank();
    Map<String, Optional<KpiFormula>> shared = hasOwn ? byOwnFormula : byMeasurementStandard;
    String text = hasOwn ? own : kpi.measurementStandard();
    Optional<KpiFormula> formula = shared.get(text);
    if (formula == null) {
      formula = KpiFormula.of(kpi);
      shared.put(text, formula);
    }
    return formula;
  }
}
