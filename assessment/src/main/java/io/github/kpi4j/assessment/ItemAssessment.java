package io.github.kpi4j.assessment;

import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One item of a composite KPI, assessed against its own target as any KPI is, and listed under its
 * KPI ({@link KpiAssessment#items()}).
 *
 * <p>Values are immutable and compared by content.
 */
public interface ItemAssessment {
  /**
   * @return the item as the plan prints it
   */
  KpiItem item();

  /**
   * @return the item's number within its KPI
   */
  default int number() {
    return item().number();
  }

  /**
   * @return the item's target as printed; empty where the plan gives none
   */
  default Optional<QuantityText> target() {
    return item().target();
  }

  /**
   * @return the item's actual as reported (a percentage as a fraction); empty where none is
   */
  Optional<BigDecimal> actual();

  /**
   * @return whether the actual reaches the item's own target (at or above it, or at or below it for
   *     an item to decrease): the items met are what a composite KPI's target counts
   */
  boolean met();

  /**
   * @return the achievement in percent, rounded as {@link KpiAssessment#achievement()} is; empty
   *     where none can be computed
   */
  Optional<BigDecimal> achievement();

  /**
   * @return the rating
   */
  Rating rating();
}
