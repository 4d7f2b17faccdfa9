package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;

/**
 * {@code formula-parses}: a KPI's formula compiles, as {@link Formula#compile(String)} reads it.
 * The formula is the KPI's explicit {@code formula}, or else the one found in its measurement
 * standard (see {@link KpiFormula}); a found formula always compiles, since finding one means
 * compiling it, so in practice the rule checks explicit formulas.
 */
final class FormulaParses extends StandardRule {
  static final String ID = "formula-parses";

  FormulaParses() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    for (PlanKpi kpi : plan.kpis()) {
      KpiFormula.of(kpi).ifPresent(formula -> check(kpi, formula, reporter));
    }
  }

  private static void check(PlanKpi kpi, KpiFormula formula, Reporter reporter) {
    try {
      Formula.compile(formula.text());
    } catch (FormulaException e) {
      // Positions are UTF-16 indexes; a reader counts characters, from 1.
      int position = Math.max(0, Math.min(e.position(), formula.text().length()));
      int character = formula.text().codePointCount(0, position) + 1;
      reporter.report(
          formula.path(), kpi.id().text(), String.valueOf(character), e.problem(), formula.text());
    }
  }
}
