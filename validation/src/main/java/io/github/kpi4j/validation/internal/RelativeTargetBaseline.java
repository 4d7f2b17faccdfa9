package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;
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
    Optional<QuantityText> target = kpi.kpi().target();
    Optional<RelativeTarget> relative =
        target.isPresent() ? RelativeTarget.parse(target.get().text()) : Optional.empty();
    if (relative.isPresent()) {
      reporter.report(Paths.kpi(kpi, "baseline"), kpi.id().text(), relative.get().text().strip());
    }
  }
}
