package io.github.kpi4j.model;

import io.github.kpi4j.finding.DocumentPath;
import org.immutables.value.Value;

/**
 * A KPI as it stands in its plan: the KPI, its goal, its id and its position in the document, so
 * that a finding can point at it ({@code /goals/1/kpis/0}).
 *
 * <p>It is identified by its position: two are equal, with the same hash code, when they have the
 * same {@link #goalIndex()} and {@link #kpiIndex()}, whatever their goal and KPI hold. Within one
 * plan the position designates one KPI, and comparing positions costs nothing where comparing
 * values would walk the whole goal; so a {@code PlanKpi} is a cheap key of a map of one plan's
 * KPIs. KPIs of different plans at the same position are equal: do not mix plans in one map.
 */
@Value.Immutable
public interface PlanKpi {
  /**
   * @return the goal it belongs to; not part of its identity
   */
  @Value.Parameter
  @Value.Auxiliary
  Goal goal();

  /**
   * @return the KPI; not part of its identity
   */
  @Value.Parameter
  @Value.Auxiliary
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
   * @return its id, such as {@code 2.3}; not part of its identity
   */
  @Value.Derived
  @Value.Auxiliary
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
