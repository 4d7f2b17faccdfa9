package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import org.immutables.value.Value;

/** The reported actual of one item of a composite KPI. See {@link KpiResult#items()}. */
@Value.Immutable
public interface ItemResult {
  /**
   * @return the item's number within its KPI
   */
  @Value.Parameter
  int item();

  /**
   * @return the actual, as a number or a quantity text such as {@code 22篇}
   */
  @Value.Parameter
  QuantityText actual();

  /** Rejects what can never be right for an item's result. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(item(), "ItemResult.item");
  }

  /**
   * @param item the item's number within its KPI
   * @param actual the actual as written, such as {@code 22篇}
   * @return the item's result
   */
  static ItemResult of(int item, String actual) {
    return ImmutableItemResult.of(item, QuantityText.of(actual));
  }

  /**
   * @param item the item's number within its KPI
   * @param actual the actual
   * @return the item's result
   */
  static ItemResult of(int item, QuantityText actual) {
    return ImmutableItemResult.of(item, actual);
  }
}
