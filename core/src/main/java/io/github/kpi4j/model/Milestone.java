package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import org.immutables.value.Value;

/**
 * One step of a milestone KPI's ladder and the cumulative progress it is worth: {@code
 * 4.第一期工程開工(70%)} is milestone 4, {@code 第一期工程開工}, at 70%. See {@link Kpi#milestones()}.
 *
 * <p>The progress is held as printed: that it is a percentage, rising along the ladder and at most
 * 100% at its end, is a plan rule, reported by the validator.
 */
@Value.Immutable
public interface Milestone {
  /**
   * @return its number on the ladder: 1, 2, 3 …
   */
  @Value.Parameter
  int number();

  /**
   * @return the step as printed, without its progress
   */
  @Value.Parameter
  String text();

  /**
   * @return the cumulative progress the step is worth, as printed, such as {@code 25%}
   */
  @Value.Parameter
  QuantityText progress();

  /** Rejects what can never be right for a milestone. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(number(), "Milestone.number");
  }

  /**
   * @param number its number on the ladder
   * @param text the step as printed, without its progress
   * @param progress the progress as printed, such as {@code 25%}
   * @return the milestone
   */
  static Milestone of(int number, String text, String progress) {
    return ImmutableMilestone.of(number, text, QuantityText.of(progress));
  }
}
