package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The implementation of {@link KpiAssessment}. */
record KpiAssessmentValue(
    PlanKpi kpi,
    Optional<Quantity> targetValue,
    Optional<Milestone> milestone,
    List<ItemAssessment> items,
    Optional<KpiResult> result,
    Optional<Integer> resultIndex,
    Optional<BigDecimal> actual,
    Optional<ActualSource> actualSource,
    Optional<BigDecimal> achievement,
    Rating rating)
    implements KpiAssessment {
  KpiAssessmentValue {
    Assert.notNull(kpi, "kpi");
    Assert.notNull(targetValue, "targetValue");
    Assert.notNull(milestone, "milestone");
    items = List.copyOf(items);
    Assert.notNull(result, "result");
    Assert.notNull(resultIndex, "resultIndex");
    Assert.notNull(actual, "actual");
    Assert.notNull(actualSource, "actualSource");
    Assert.notNull(achievement, "achievement");
    Assert.notNull(rating, "rating");
  }

  @Override
  public String toString() {
    return "KpiAssessment["
        + id().text()
        + " "
        + name()
        + ", target="
        + target().map(t -> t.text()).orElse("-")
        + ", actual="
        + actual.map(BigDecimal::toPlainString).orElse("-")
        + actualSource.map(s -> " (" + s.code() + ")").orElse("")
        + ", achievement="
        + achievement.map(BigDecimal::toPlainString).orElse("-")
        + ", rating="
        + rating.code()
        + "]";
  }
}
