package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.RelativeTarget;
import java.util.Optional;

/**
 * {@code relative-target-baseline}: a target written relative to an earlier year ({@code
 * 較前年度增加10%}) comes with the baseline it is measured from; without one the plan cannot be assessed
 * on it, unless a results document gives the baseline. Reported where the baseline belongs.
 */
final class RelativeTargetBaseline extends KpiRule {
  static final String ID = "relative-target-baseline";

  RelativeTargetBaseline() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    if (kpi.kpi().baseline().isPresent()) {
      return;
    }
    Optional<RelativeTarget> relative =
        kpi.kpi().target().flatMap(t -> RelativeTarget.parse(t.text()));
    relative.ifPresent(
        r -> reporter.report(Paths.kpi(kpi, "baseline"), kpi.id().text(), r.text().strip()));
  }
}
