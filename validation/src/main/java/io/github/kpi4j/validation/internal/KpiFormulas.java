package io.github.kpi4j.validation.internal;

import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.PlanKpi;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The formulas of one plan, read and compiled once for all the rules of one validation: three rules
 * look at every KPI's formula, and compiling was most of a validation's cost.
 *
 * <p>KPIs that print the same formula (the common indicators, a formula an agency repeats for each
 * year or region) share one compilation: {@link KpiFormula#of(Kpi)} reads nothing of a KPI but its
 * own formula and its measurement standard, and its result is immutable. The rules that check each
 * KPI ask for its formula one after the other in the validator's one walk over the KPIs (see {@link
 * KpiRule}), so the last KPI asked for is remembered, instead of every KPI in a table.
 */
final class KpiFormulas {
  private final Map<Texts, Optional<KpiFormula>> byTexts = new HashMap<>();
  private PlanKpi last;
  private Optional<KpiFormula> lastFormula;

  /**
   * All that {@link KpiFormula#of(Kpi)} reads of a KPI. Its equals and hashCode are written out: a
   * record's own are linked through {@code invokedynamic} at their first call, a cost every
   * command-line run would pay for a key looked up a few times.
   */
  private record Texts(String formula, String measurementStandard) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Texts
          && Objects.equals(formula, ((Texts) other).formula)
          && measurementStandard.equals(((Texts) other).measurementStandard);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(formula) + measurementStandard.hashCode();
    }
  }

  /**
   * @param kpi a KPI of the plan being validated
   * @return its formula, or empty if it has none
   */
  Optional<KpiFormula> of(PlanKpi kpi) {
    if (kpi != last) {
      lastFormula = read(kpi.kpi());
      last = kpi;
    }
    return lastFormula;
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
