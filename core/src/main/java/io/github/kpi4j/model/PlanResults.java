package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import java.util.List;
import org.immutables.value.Value;

/** What an agency reports after the year, to be assessed against its plan. */
@Value.Immutable
public interface PlanResults {
  /**
   * @return the plan's agency code, such as {@code MAC}
   */
  String agency();

  /**
   * @return the plan's year in the ROC calendar
   */
  int rocYear();

  /**
   * @return one result per reported KPI, in document order
   */
  List<KpiResult> results();

  /** Rejects what can never be right for results. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(rocYear(), "PlanResults.rocYear");
    Assert.atMost(rocYear(), AnnualPlan.MAX_ROC_YEAR, "PlanResults.rocYear");
    Assert.text(agency(), "PlanResults.agency");
  }

  /**
   * @return a builder of results
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlanResults}.
   *
   * <p>Every attribute of {@link PlanResults} has a setter of the same name, which takes the value
   * (an optional attribute also takes an {@code Optional}) and returns this builder; a list
   * attribute has {@code addX} for one or more elements and {@code addAllX} for an iterable
   * besides, and its setter replaces the list. {@code from(PlanResults)} starts from an existing
   * value. A setter given {@code null} throws {@link NullPointerException}; {@code build()} throws
   * {@link NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link PlanResults}
   * states.
   */
  final class Builder extends ImmutablePlanResults.Builder {
    Builder() {}
  }
}
