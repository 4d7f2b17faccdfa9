package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
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
  @Value.Check
  default void check() {
    Assert.atLeastOne(number(), "Goal.number");
    weight().ifPresent(w -> Assert.notNegative(w, "Goal.weight"));
  }

  /**
   * @return a builder of goals
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}. */
  final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
