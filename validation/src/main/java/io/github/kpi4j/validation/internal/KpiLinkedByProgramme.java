package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.Programme;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code kpi-linked-by-programme}: some programme links each KPI, except the common indicators of
 * budget execution, which measure the whole agency. A plan that lists no programme at all is not
 * concerned: its KPIs would each be reported for a gap that is the plan's, not theirs.
 */
final class KpiLinkedByProgramme extends StandardRule {
  static final String ID = "kpi-linked-by-programme";

  KpiLinkedByProgramme() {
    super(ID, Severity.INFO);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    if (plan.programmes().isEmpty()) {
      return;
    }
    // By position in the document, which every AnnualPlan gives the same way, and which is
    // cheaper to compare than a KPI's value (its hash walks the whole goal) or its path string.
    Set<Long> linked = new HashSet<>();
    for (Programme programme : plan.programmes()) {
      for (String reference : programme.kpis()) {
        plan.resolve(reference).ifPresent(k -> linked.add(position(k)));
      }
    }
    for (PlanKpi kpi : plan.kpis()) {
      if (!linked.contains(position(kpi)) && !CommonIndicators.isCommon(kpi.kpi().name())) {
        reporter.report(kpi.path(), kpi.id().text(), kpi.kpi().name().strip());
      }
    }
  }

  private static long position(PlanKpi kpi) {
    return ((long) kpi.goalIndex() << 32) | kpi.kpiIndex();
  }
}
