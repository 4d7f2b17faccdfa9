package io.github.kpi4j.validation.internal;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.formulas.MeasurementStandards;
import io.github.kpi4j.model.PlanKpi;
import java.util.Optional;

/**
 * The formula of a KPI, as the formula rules read it: its explicit {@code formula}, or else the one
 * {@link MeasurementStandards#findFormula(String)} finds in its measurement standard; with the
 * property it was read from, so that findings point at the text a reader can correct, and the
 * outcome of compiling it, once.
 */
final class KpiFormula {
  private final PlanKpi kpi;
  private final String text;
  private final String property;
  private final Formula compiled;
  private final FormulaException problem;

  private KpiFormula(
      PlanKpi kpi, String text, String property, Formula compiled, FormulaException problem) {
    this.kpi = kpi;
    this.text = text;
    this.property = property;
    this.compiled = compiled;
    this.problem = problem;
  }

  /** Reads and compiles a KPI's formula; {@link KpiFormulas} keeps the outcome for every rule. */
  static Optional<KpiFormula> of(PlanKpi kpi) {
    Optional<String> explicit = kpi.kpi().formula();
    if (explicit.isPresent()) {
      try {
        return Optional.of(
            new KpiFormula(kpi, explicit.get(), "formula", Formula.compile(explicit.get()), null));
      } catch (FormulaException e) {
        return Optional.of(new KpiFormula(kpi, explicit.get(), "formula", null, e));
      }
    }
    // Finding a formula in prose means compiling it: keep what was compiled.
    return MeasurementStandards.findFormula(kpi.kpi().measurementStandard())
        .map(found -> new KpiFormula(kpi, found.text(), "measurementStandard", found, null));
  }

  /**
   * @return the formula's text
   */
  String text() {
    return text;
  }

  /**
   * @return the path of the value the formula was read from
   */
  String path() {
    return Paths.kpi(kpi, property);
  }

  /**
   * @return the compiled formula, or empty if it does not compile
   */
  Optional<Formula> compiled() {
    return Optional.ofNullable(compiled);
  }

  /**
   * @return why the formula does not compile, or empty if it does
   */
  Optional<FormulaException> problem() {
    return Optional.ofNullable(problem);
  }
}
