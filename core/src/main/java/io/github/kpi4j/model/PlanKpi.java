package io.github.kpi4j.model;

import io.github.kpi4j.finding.DocumentPath;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A KPI as it stands in its plan: the KPI, its goal, its id and its position in the document, so
 * that a finding can point at it ({@code /goals/1/kpis/0}).
 */
@Value.Immutable
public interface PlanKpi {
  /** The order of KPIs in their plan document: by goal, then within the goal. */
  Comparator<PlanKpi> DOCUMENT_ORDER =
      Comparator.comparingInt(PlanKpi::goalIndex).thenComparingInt(PlanKpi::kpiIndex);

  /**
   * @return the goal it belongs to
   */
  @Value.Parameter
  Goal goal();

  /**
   * @return the KPI
   */
  @Value.Parameter
  Kpi kpi();

  /**
   * @return its goal's 0-based position in {@link AnnualPlan#goals()}
   */
  @Value.Parameter
  int goalIndex();

  /**
   * @return its 0-based position in {@link Goal#kpis()}
   */
  @Value.Parameter
  int kpiIndex();

  /**
   * @return its id, such as {@code 2.3}
   */
  @Value.Derived
  default KpiId id() {
    return KpiId.of(goal().number(), kpi().number());
  }

  /**
   * @return the JSON Pointer of the KPI in the plan document, such as {@code /goals/1/kpis/0}
   */
  default String path() {
    return DocumentPath.root()
        .property("goals")
        .index(goalIndex())
        .property("kpis")
        .index(kpiIndex())
        .toString();
  }

  /**
   * @param goal the goal
   * @param kpi the KPI
   * @param goalIndex the goal's position in the plan
   * @param kpiIndex the KPI's position in the goal
   * @return the KPI in its plan
   */
  static PlanKpi of(Goal goal, Kpi kpi, int goalIndex, int kpiIndex) {
    return ImmutablePlanKpi.of(goal, kpi, goalIndex, kpiIndex);
  }
}
