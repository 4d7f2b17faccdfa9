package io.github.kpi4j.assessment;

import io.github.kpi4j.model.KpiItem;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The implementation of {@link ItemAssessment}. */
record ItemAssessmentValue(
    KpiItem item,
    Optional<BigDecimal> actual,
    boolean met,
    Optional<BigDecimal> achievement,
    Rating rating)
    implements ItemAssessment {
  ItemAssessmentValue {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(rating, "rating");
  }
}
