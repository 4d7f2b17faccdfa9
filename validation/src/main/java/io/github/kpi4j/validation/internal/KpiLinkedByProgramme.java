package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.Programme;
import java.util.Collections;
import java.util.IdentityHashMap;
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
    // By identity: the plan resolves references to the very objects kpis() lists, and a KPI's
    // value hash would walk its whole goal.
    Set<PlanKpi> linked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Programme programme : plan.programmes()) {
      for (String reference : programme.kpis()) {
        plan.resolve(reference).ifPresent(linked::add);
      }
    }
    for (PlanKpi kpi : plan.kpis()) {
      if (!linked.contains(kpi) && !CommonIndicators.isCommon(kpi.kpi().name())) {
        reporter.report(kpi.path(), kpi.id().text(), kpi.kpi().name().strip());
      }
    }
  }
}
