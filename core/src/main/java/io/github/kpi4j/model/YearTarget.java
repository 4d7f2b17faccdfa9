package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import org.immutables.value.Value;

/**
 * A KPI's target for another year than the plan's, as a mid-term plan (中程施政計畫) or a multi-year
 * table prints it. See {@link Kpi#targets()}.
 */
@Value.Immutable
public interface YearTarget {
  /**
   * @return the year, in the ROC calendar
   */
  @Value.Parameter
  int rocYear();

  /**
   * @return the target as printed
   */
  @Value.Parameter
  QuantityText target();

  /** Rejects what can never be right for a year's target. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(rocYear(), "YearTarget.rocYear");
  }

  /**
   * @param rocYear the year, in the ROC calendar
   * @param target the target as printed
   * @return the year's target
   */
  static YearTarget of(int rocYear, String target) {
    return ImmutableYearTarget.of(rocYear, QuantityText.of(target));
  }
}
