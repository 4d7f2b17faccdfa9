package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import java.util.List;
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

  /** Rejects what can never be right for a goal. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(number(), "Goal.number");
    Assert.text(title(), "Goal.title");
    Assert.texts(strategies(), "Goal.strategies");
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
