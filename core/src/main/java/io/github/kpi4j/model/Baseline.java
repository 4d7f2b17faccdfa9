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

  /**
   * Builds a {@link Baseline}.
   *
   * <p>Every attribute of {@link Baseline} has a setter of the same name, which takes the value (an
   * optional attribute also takes an {@code Optional}) and returns this builder; a list attribute
   * has {@code addX} for one or more elements and {@code addAllX} for an iterable besides, and its
   * setter replaces the list. {@code from(Baseline)} starts from an existing value. A setter given
   * {@code null} throws {@link NullPointerException}; {@code build()} throws {@link
   * NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link Baseline} states.
   */
  final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
