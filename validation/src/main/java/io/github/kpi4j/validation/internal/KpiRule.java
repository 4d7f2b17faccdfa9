package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import java.util.List;

/**
 * A built-in rule that checks each KPI on its own (and perhaps something of the plan besides).
 *
 * <p>A validator runs every such rule in one walk over the plan's KPIs: each KPI is checked by all
 * of them, in rule order, before the next. Walking the KPIs once per rule brought each KPI of a
 * large plan into the processor's caches a dozen times, and validating grew several times faster
 * than the plan (benchmarks/README.md, issue 17's fifth round). Checked alone, outside a validator,
 * the rule walks the KPIs itself.
 */
abstract class KpiRule extends BuiltInRule {
  KpiRule(String id, Severity severity) {
    super(id, severity);
  }

  @Override
  final void check(AnnualPlan plan, Reporter reporter) {
    KpiCheck left = start(plan, reporter);
    if (left != KpiCheck.NONE) {
      KpiCheck.walk(plan, List.of(left));
    }
  }

  @Override
  final KpiCheck start(AnnualPlan plan, Reporter reporter) {
    if (!checkBeforeKpis(plan, reporter)) {
      return KpiCheck.NONE;
    }
    return new KpiCheck() {
      @Override
      public void check(PlanKpi kpi) {
        KpiRule.this.check(plan, kpi, reporter);
      }

      @Override
      public void end() {
        checkAfterKpis(plan, reporter);
      }
    };
  }

  /**
   * Checks what the rule checks of the plan before its KPIs, such as what the document prints
   * before them: nothing unless overridden.
   *
   * @return whether the plan's KPIs (and {@link #checkAfterKpis}) are to be checked: a plan the
   *     rule is not concerned with is not walked for it
   */
  boolean checkBeforeKpis(AnnualPlan plan, Reporter reporter) {
    return true;
  }

  /**
   * Checks what the rule checks of the plan after its KPIs, such as what the document prints after
   * them (the programmes), so that a rule checked alone reports in the document's order: nothing
   * unless overridden.
   */
  void checkAfterKpis(AnnualPlan plan, Reporter reporter) {}

  /**
   * Checks one KPI.
   *
   * @param plan the plan that holds it
   * @param kpi a KPI of the plan
   * @param reporter where to report
   */
  abstract void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter);
}
