package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered measure of a composite KPI, with its own target: MOFA 107 KPI 5.1 prints three
 * (國際媒體邀訪人均報導篇數, 投書刊登數, …) and the KPI's target, {@code 3 達到項數}, counts the items that reach their
 * own targets. See {@link Kpi#items()}.
 */
@Value.Immutable
public interface KpiItem {
  /**
   * @return its number within the KPI: 1, 2, 3 …
   */
  int number();

  /**
   * @return the measure as printed
   */
  String text();

  /**
   * @return its own target as printed, such as {@code 20篇}, where the plan gives one
   */
  Optional<QuantityText> target();

  /**
   * @return the computable part of the measure, where one is given
   */
  Optional<String> formula();

  /**
   * @return which way the item improves; {@link Direction#INCREASE} unless the plan says otherwise
   */
  @Value.Default
  default Direction direction() {
    return Direction.INCREASE;
  }

  /** Rejects what can never be right for an item. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(number(), "KpiItem.number");
  }

  /**
   * @param number its number within the KPI
   * @param text the measure as printed
   * @param target its target as printed
   * @return an item that should increase, without a formula
   */
  static KpiItem of(int number, String text, String target) {
    return builder().number(number).text(text).target(target).build();
  }

  /**
   * @return a builder of items
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KpiItem}.
   *
   * <p>Every attribute of {@link KpiItem} has a setter of the same name, which takes the value (an
   * optional attribute also takes an {@code Optional}) and returns this builder; a list attribute
   * has {@code addX} for one or more elements and {@code addAllX} for an iterable besides, and its
   * setter replaces the list. {@code from(KpiItem)} starts from an existing value. A setter given
   * {@code null} throws {@link NullPointerException}; {@code build()} throws {@link
   * NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link KpiItem} states.
   */
  final class Builder extends ImmutableKpiItem.Builder {
    Builder() {}

    /**
     * Sets the target from its printed text, such as {@code 20篇}.
     *
     * @param printed the target as printed
     * @return this builder
     */
    public Builder target(String printed) {
      return target(QuantityText.of(printed));
    }
  }
}
