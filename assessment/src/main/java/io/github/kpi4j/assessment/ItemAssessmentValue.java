package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.KpiItem;
import java.math.BigDecimal;
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
    Assert.notNull(item, "item");
    Assert.notNull(actual, "actual");
    Assert.notNull(achievement, "achievement");
    Assert.notNull(rating, "rating");
  }
}
