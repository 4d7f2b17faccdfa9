package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code weights-sum-to-100}: where a plan gives its KPIs weights, every KPI has one and they add
 * up to 100 (percent). A plan that gives no weight at all is not concerned.
 */
final class WeightsSumTo100 extends StandardRule {
  static final String ID = "weights-sum-to-100";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  WeightsSumTo100() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<PlanKpi> kpis = plan.kpis();
    if (kpis.stream().noneMatch(k -> k.kpi().weight().isPresent())) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (PlanKpi kpi : kpis) {
      if (kpi.kpi().weight().isPresent()) {
        sum = sum.add(kpi.kpi().weight().get());
      } else {
        reporter.reportVariant("missing", Paths.kpi(kpi, "weight"), kpi.id().text());
      }
    }
    if (sum.compareTo(HUNDRED) != 0) {
      reporter.report(Paths.GOALS, Decimals.plainText(sum));
    }
  }
}
