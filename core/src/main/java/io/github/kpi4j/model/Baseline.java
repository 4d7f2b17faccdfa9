package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reference value a relative target is measured from: for {@code 較前年度增加10%} and a baseline of
 * {@code 1,200次}, the target is 1,320次. See {@link Kpi#baseline()} and {@link
 * io.github.kpi4j.quantity.RelativeTarget}.
 */
@Value.Immutable
public interface Baseline {
  /**
   * @return the value as printed, such as {@code 1,200次}
   */
  QuantityText value();

  /**
   * @return the year it was measured, in the ROC calendar, where the plan says
   */
  Optional<Integer> rocYear();

  /** Rejects what can never be right for a baseline. */
  @Value.Check
  default void check() {
    rocYear().ifPresent(year -> Assert.atLeastOne(year, "Baseline.rocYear"));
  }

  /**
   * @param value the value as printed
   * @return a baseline without a year
   */
  static Baseline of(String value) {
    return builder().value(QuantityText.of(value)).build();
  }

  /**
   * @return a builder of baselines
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Baseline}. */
  final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
