package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.AnnualPlan;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The implementation of {@link Assessment}. */
record AssessmentValue(
    AnnualPlan plan, List<KpiAssessment> kpis, Map<Rating, Integer> summary, List<Finding> findings)
    implements Assessment {
  AssessmentValue {
    Assert.notNull(plan, "plan");
    kpis = List.copyOf(kpis);
    findings = List.copyOf(findings);
    summary = Collections.unmodifiableMap(new EnumMap<>(summary));
  }

  static Assessment of(AnnualPlan plan, List<KpiAssessment> kpis, List<Finding> findings) {
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      counts.put(rating, 0);
    }
    for (KpiAssessment kpi : kpis) {
      counts.merge(kpi.rating(), 1, Integer::sum);
    }
    return new AssessmentValue(plan, kpis, counts, findings);
  }

  @Override
  public String toString() {
    return "Assessment["
        + agencyCode()
        + " "
        + rocYear()
        + ", "
        + summary
        + ", "
        + findings.size()
        + " findings]";
  }
}
