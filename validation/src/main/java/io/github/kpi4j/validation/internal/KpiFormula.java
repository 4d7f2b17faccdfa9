package io.github.kpi4j.validation.internal;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.formulas.MeasurementStandards;
import io.github.kpi4j.model.PlanKpi;
import java.util.Optional;

/**
 * The formula of a KPI, as the formula rules read it: its explicit {@code formula}, or else the
 * one {@link MeasurementStandards#findFormula(String)} finds in its measurement standard; with the
 * property it was read from, so that findings point at the text a reader can correct.
 */
final class KpiFormula {
  private final PlanKpi kpi;
  private final String text;
  private final String property;

  private KpiFormula(PlanKpi kpi, String text, String property) {
    this.kpi = kpi;
    this.text = text;
    this.property = property;
  }

  static Optional<KpiFormula> of(PlanKpi kpi) {
    Optional<String> explicit = kpi.kpi().formula();
    if (explicit.isPresent()) {
      return Optional.of(new KpiFormula(kpi, explicit.get(), "formula"));
    }
    return MeasurementStandards.findFormula(kpi.kpi().measurementStandard())
        .map(found -> new KpiFormula(kpi, found, "measurementStandard"));
  }

  /** @return the formula's text */
  String text() {
    return text;
  }

  /** @return the path of the value the formula was read from */
  String path() {
    return Paths.kpi(kpi, property);
  }

  /** @return the compiled formula, or empty if it does not compile */
  Optional<Formula> compiled() {
    try {
      return Optional.of(Formula.compile(text));
    } catch (FormulaException e) {
      return Optional.empty();
    }
  }
}
