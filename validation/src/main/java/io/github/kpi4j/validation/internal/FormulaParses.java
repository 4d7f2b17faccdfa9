package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;

/**
 * {@code formula-parses}: a KPI's formula compiles, as {@link Formula#compile(String)} reads it.
 * The formula is the KPI's explicit {@code formula}, or else the one found in its measurement
 * standard (see {@link KpiFormula}); a found formula always compiles, since finding one means
 * compiling it, so in practice the rule checks explicit formulas.
 *
 * <p>The message gives the formulas module's reason in the report's language and the position as
 * that module's messages do, a character count from 1.
 */
final class FormulaParses extends KpiRule {
  static final String ID = "formula-parses";

  FormulaParses() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    reporter
        .formula(kpi)
        .ifPresent(formula -> formula.problem().ifPresent(e -> report(kpi, formula, e, reporter)));
  }

  private static void report(
      PlanKpi kpi, KpiFormula formula, FormulaException e, Reporter reporter) {
    // The character the formulas module's own message names; a problem without a position (a
    // bug of the compiler) is reported at the first.
    int character = Math.max(1, e.character());
    reporter.report(
        Paths.kpi(kpi, formula.source().property()),
        kpi.id().text(),
        String.valueOf(character),
        e.problem(reporter.locale()),
        formula.text());
  }
}
