package io.github.kpi4j.assessment;

import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
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
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(milestone, "milestone");
    items = List.copyOf(items);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(resultIndex, "resultIndex");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(actualSource, "actualSource");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(rating, "rating");
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
