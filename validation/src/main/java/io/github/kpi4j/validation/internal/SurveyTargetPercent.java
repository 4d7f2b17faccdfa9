package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.util.Optional;

/**
 * {@code survey-target-percent}: a KPI evaluated by survey (問卷調查) has a percentage as its target,
 * since a survey yields a share of respondents. A target that is not a quantity at all is {@code
 * target-quantified}'s concern.
 */
final class SurveyTargetPercent extends KpiRule {
  static final String ID = "survey-target-percent";

  SurveyTargetPercent() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    if (kpi.kpi().evaluationMethod() != EvaluationMethod.SURVEY) {
      return;
    }
    Optional<QuantityText> target = kpi.kpi().target();
    Optional<Quantity> quantity = target.flatMap(QuantityText::quantity);
    if (quantity.isPresent() && !quantity.get().unit().isPercent()) {
      reporter.report(Paths.kpi(kpi, "target"), kpi.id().text(), target.get().text().strip());
    }
  }
}
