package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import java.util.Optional;

/**
 * {@code common-budget-indicators}: the plan carries the two common indicators of budget execution
 * (see {@link CommonIndicators}), each computing its standard formula.
 *
 * <p>An indicator's formula is read as {@link KpiFormula} reads any KPI's (explicit, or found in
 * the measurement standard); its arithmetic part, without a printed value, must be the standard
 * formula once both are {@link Names#normalise(String) normalised}, so that full-width and ASCII
 * brackets and operators, and the spaces of a PDF extraction, do not matter.
 */
final class CommonBudgetIndicators extends StandardRule {
  static final String ID = "common-budget-indicators";

  CommonBudgetIndicators() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    for (CommonIndicators common : CommonIndicators.ALL) {
      Optional<PlanKpi> kpi = plan.kpiNamed(common.indicatorName());
      if (kpi.isEmpty()) {
        reporter.report(Paths.GOALS, common.indicatorName());
        continue;
      }
      Optional<KpiFormula> formula = KpiFormula.of(kpi.get());
      boolean standard = formula.map(f -> computes(f, common)).orElse(false);
      if (!standard) {
        reporter.reportVariant(
            "formula",
            formula.map(KpiFormula::path).orElse(Paths.kpi(kpi.get(), "measurementStandard")),
            kpi.get().id().text(),
            common.indicatorName(),
            common.formula());
      }
    }
  }

  private static boolean computes(KpiFormula formula, CommonIndicators common) {
    String arithmetic = formula.compiled().map(Formula::expression).orElse(formula.text());
    return Names.same(arithmetic, common.formula());
  }
}
