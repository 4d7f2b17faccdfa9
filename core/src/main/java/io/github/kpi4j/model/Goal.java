package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal (施政目標) of the plan, with its strategies and its rows of the KPI table. */
@Value.Immutable
public interface Goal {
  /**
   * @return its printed ordinal: 一 is 1
   */
  int number();

  /**
   * @return the goal as printed
   */
  String title();

  /**
   * @return its strategies, numbering removed
   */
  List<String> strategies();

  /**
   * @return its KPIs, in printed order
   */
  List<Kpi> kpis();

  /**
   * @return whether it is a common goal (共同性目標), prescribed for every agency rather than chosen by
   *     it, such as 妥適配置預算資源，提升預算執行效率; its KPIs are common indicators (共同性指標); false unless the
   *     plan says so
   */
  @Value.Default
  default boolean common() {
    return false;
  }

  /**
   * @return the goal's weight in percent, where the plan prints one ({@code 25} for {@code (25%)});
   *     its KPIs' weights then add up to it
   */
  Optional<BigDecimal> weight();

  /** Rejects what can never be right for a goal. */
  /**
   * Keeps the weight as a document holds it, at a scale of 0 or more: {@code 1E+1} is {@code 10},
   * which is how it is written and read back.
   *
   * @return this goal, or an equal one with its weight so written
   */
  @Value.Check
  default Goal normalize() {
    if (weight().isEmpty()
        || Decimals.isAsWritten(weight().get())
        || !Assert.fits(weight().get())) {
      return this;
    }
    return builder().from(this).weight(Decimals.asWritten(weight().get())).build();
  }

  /** Rejects what no document can hold. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(number(), "Goal.number");
    weight().ifPresent(w -> Assert.notNegative(w, "Goal.weight"));
    Assert.text(title(), "Goal.title");
    Assert.texts(strategies(), "Goal.strategies");
  }

  /**
   * @return a builder of goals
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Goal}.
   *
   * <p>Every attribute of {@link Goal} has a setter of the same name, which takes the value (an
   * optional attribute also takes an {@code Optional}) and returns this builder; a list attribute
   * has {@code addX} for one or more elements and {@code addAllX} for an iterable besides, and its
   * setter replaces the list. {@code from(Goal)} starts from an existing value. A setter given
   * {@code null} throws {@link NullPointerException}; {@code build()} throws {@link
   * NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link Goal} states.
   */
  final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
