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
 * KpiFormula#of(Kpi)} reads nothing of a KPI but its own formula and its measurement standard, and
 * its result is immutable.
 */
final class KpiFormulas {
  private final Map<PlanKpi, Optional<KpiFormula>> formulas = new HashMap<>();
  private final Map<Texts, Optional<KpiFormula>> byTexts = new HashMap<>();

  /** All that {@link KpiFormula#of(Kpi)} reads of a KPI. */
  private record Texts(String formula, String measurementStandard) {}

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
    Texts texts = new Texts(kpi.formula().orElse(null), kpi.measurementStandard());
    Optional<KpiFormula> formula = byTexts.get(texts);
    if (formula == null) {
      formula = KpiFormula.of(kpi);
      byTexts.put(texts, formula);
    }
    return formula;
  }
}
