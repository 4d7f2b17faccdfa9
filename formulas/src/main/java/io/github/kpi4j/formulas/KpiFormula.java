package io.github.kpi4j.formulas;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.Kpi;
import java.util.Optional;

/**
 * The formula of a KPI, read one way wherever one is needed (validation, assessment, export, the
 * command line): the KPI's own {@code formula}, or else the one {@link
 * MeasurementStandards#find(String)} finds in its measurement standard.
 *
 * <p>One rule for a blank formula: a {@code formula} that is empty or white space is no formula,
 * and the measurement standard is read instead, as if the plan gave none.
 *
 * <p>A KPI's own formula that cannot be compiled, and a measurement standard that allows two
 * readings, are kept with their {@link #problem() problem}, so that a validator can report them; a
 * measurement standard that holds no formula gives no {@code KpiFormula} at all.
 *
 * <p>Instances are immutable; the formula is compiled once, when the instance is made.
 */
public final class KpiFormula {
  /** Where a KPI's formula was read from. */
  public enum Source {
    /** The KPI's own {@code formula}. */
    PLAN("formula"),
    /** Found in the KPI's {@code measurementStandard}. */
    MEASUREMENT_STANDARD("measurementStandard");

    private final String property;

    Source(String property) {
      this.property = property;
    }

    /**
     * @return the name of the KPI's property the formula was read from, as the plan document names
     *     it: {@code formula} or {@code measurementStandard}
     */
    public String property() {
      return property;
    }
  }

  private final String text;
  private final Source source;
  private final Formula compiled;
  private final FoundFormula found;
  private final FormulaException problem;

  private KpiFormula(
      String text, Source source, Formula compiled, FoundFormula found, FormulaException problem) {
    this.text = text;
    this.source = source;
    this.compiled = compiled;
    this.found = found;
    this.problem = problem;
  }

  /**
   * Reads a KPI's formula.
   *
   * @param kpi the KPI
   * @return its formula, compiled or with the problem that prevents it; empty if the KPI gives no
   *     formula (or a blank one) and its measurement standard holds none
   * @throws NullPointerException if {@code kpi} is {@code null}
   */
  public static Optional<KpiFormula> of(Kpi kpi) {
    Assert.notNull(kpi, "kpi");
    Optional<String> own = kpi.formula().filter(f -> !f.isBlank());
    if (own.isPresent()) {
      try {
        return Optional.of(
            new KpiFormula(own.get(), Source.PLAN, Formula.compile(own.get()), null, null));
      } catch (FormulaException e) {
        return Optional.of(new KpiFormula(own.get(), Source.PLAN, null, null, e));
      }
    }
    String standard = kpi.measurementStandard();
    try {
      return MeasurementStandards.find(standard)
          .map(f -> new KpiFormula(f.text(), Source.MEASUREMENT_STANDARD, f.formula(), f, null));
    } catch (FormulaException e) {
      return Optional.of(new KpiFormula(standard, Source.MEASUREMENT_STANDARD, null, null, e));
    }
  }

  /**
   * @return the formula's text: the KPI's own formula as given, or the formula found in its
   *     measurement standard ({@link FoundFormula#text()}); for a measurement standard with two
   *     readings, the standard
   */
  public String text() {
    return text;
  }

  /**
   * @return where the formula was read from
   */
  public Source source() {
    return source;
  }

  /**
   * @return the compiled formula; empty if it cannot be compiled (see {@link #problem()})
   */
  public Optional<Formula> compiled() {
    return Optional.ofNullable(compiled);
  }

  /**
   * @return the formula as found in the measurement standard, with its spans, remarks and repairs;
   *     empty for the KPI's own formula
   */
  public Optional<FoundFormula> found() {
    return Optional.ofNullable(found);
  }

  /**
   * @return why the formula cannot be compiled ({@link FormulaException.Kind#SYNTAX}) or which two
   *     readings the measurement standard allows ({@link FormulaException.Kind#TWO_READINGS});
   *     empty if it compiles
   */
  public Optional<FormulaException> problem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public String toString() {
    return text;
  }
}
