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

  /** Builds a {@link PlanResults}. */
  final class Builder extends ImmutablePlanResults.Builder {
    Builder() {}
  }
}
