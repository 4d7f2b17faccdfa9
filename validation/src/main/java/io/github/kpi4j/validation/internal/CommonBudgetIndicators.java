package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import java.util.Optional;

/**
 * {@code common-budget-indicators}: a central agency's plan carries the two common indicators of
 * budget execution (see {@link CommonIndicators}), under any wording plans have printed for them,
 * each computing its standard formula. A local plan is not concerned: the central instructions do
 * not bind local governments.
 *
 * <p>Where an indicator is missing, the message suggests the plan's KPI whose name is nearest, as
 * {@link AnnualPlan#closestKpi(String)} guesses it, unless that KPI is the other indicator.
 *
 * <p>An indicator's formula is read as {@link KpiFormula} reads any KPI's (explicit, or found in
 * the measurement standard). It must compile, and its arithmetic part, without a printed value,
 * must be the standard formula once both are {@link Names#normalise(String) normalised}, so that
 * full-width and ASCII brackets and operators, and spaces between them, do not matter. A formula
 * that does not compile computes nothing, so it is reported here too (and by {@code
 * formula-parses}, which says why): a name split by white space, such as {@code 資 本門預算數} in a PDF
 * extraction, is two variables side by side, not the standard formula's {@code 資本門預算數}.
 */
final class CommonBudgetIndicators extends BuiltInRule {
  static final String ID = "common-budget-indicators";

  CommonBudgetIndicators() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    if (plan.agency().level() != AgencyLevel.CENTRAL) {
      return;
    }
    for (CommonIndicators common : CommonIndicators.ALL) {
      Optional<PlanKpi> kpi = common.in(plan);
      if (kpi.isEmpty()) {
        Optional<PlanKpi> near =
            plan.closestKpi(common.indicatorName()).filter(k -> !reporter.isCommon(plan, k.kpi()));
        if (near.isPresent()) {
          reporter.reportVariant(
              "suggestion",
              Paths.GOALS,
              common.indicatorName(),
              near.get().id().text(),
              near.get().kpi().name().strip());
        } else {
          reporter.report(Paths.GOALS, common.indicatorName());
        }
        continue;
      }
      Optional<KpiFormula> formula = reporter.formula(kpi.get());
      boolean standard = formula.map(f -> computes(f, common)).orElse(false);
      if (!standard) {
        reporter.reportVariant(
            "formula",
            Paths.kpi(
                kpi.get(),
                formula
                    .map(f -> f.source().property())
                    .orElse(KpiFormula.Source.MEASUREMENT_STANDARD.property())),
            kpi.get().id().text(),
            kpi.get().kpi().name().strip(),
            common.formula());
      }
    }
  }

  private static boolean computes(KpiFormula formula, CommonIndicators common) {
    // Removing white space is safe once the formula compiles: it then separates tokens only.
    return formula
        .compiled()
        .map(Formula::expression)
        .filter(arithmetic -> Names.same(arithmetic, common.formula()))
        .isPresent();
  }
}
