package io.github.kpi4j.assessment;

import io.github.kpi4j.model.KpiId;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One KPI of the plan, assessed: its target, its actual and where that came from, its achievement
 * and its {@link Rating rating}.
 *
 * <p>Values are immutable and compared by content.
 */
public interface KpiAssessment {
  /**
   * @return the KPI as it stands in its plan
   */
  PlanKpi kpi();

  /**
   * @return the KPI's id, such as {@code 1.1}
   */
  default KpiId id() {
    return kpi().id();
  }

  /**
   * @return the KPI's name as printed
   */
  default String name() {
    return kpi().kpi().name();
  }

  /**
   * @return the target (年度目標值) as the plan prints it, quantified or not; empty where the plan gives
   *     none
   */
  default Optional<QuantityText> target() {
    return kpi().kpi().target();
  }

  /**
   * The quantity the KPI is assessed against: the target as printed where it is one quantity; for a
   * milestone KPI, the progress its target names ({@code 70%}, or a milestone's number or text);
   * for a relative target ({@code 較前年度增加10%}), baseline × (1 ± p) once a baseline is known, the
   * plan's or else the result's.
   *
   * @return the target's quantity; a percentage as a fraction; empty where there is none
   */
  Optional<Quantity> targetValue();

  /**
   * @return for a milestone KPI, the milestone reached: the one the result names, or the last whose
   *     progress the reported progress reaches; empty for any other KPI, or where none is reached
   */
  Optional<Milestone> milestone();

  /**
   * @return for a composite KPI, each of its items assessed, in plan order; empty for any other KPI
   */
  List<ItemAssessment> items();

  /**
   * @return the result assessed, the first that designates this KPI; empty where none does
   */
  Optional<KpiResult> result();

  /**
   * @return the 0-based position of {@link #result()} in the results document's {@code results}, as
   *     its JSON Pointer {@code /results/N} names it; empty where there is no result
   */
  Optional<Integer> resultIndex();

  /**
   * @return the actual value assessed: the result's {@code actual} where it is a quantity (for a
   *     milestone KPI, the progress of the step it names), else the value of the KPI's formula for
   *     the result's {@code variables}, else, for a composite KPI, the number of items met; a
   *     percentage is a fraction (88% is 0.88); empty where there is none of these
   */
  Optional<BigDecimal> actual();

  /**
   * @return where {@link #actual()} came from; empty exactly when there is no actual
   */
  Optional<ActualSource> actualSource();

  /**
   * The achievement is rounded to two decimals, half up, and it is this rounded value that the
   * {@link #rating() rating} rates: an achievement shown as {@code 90.00} is never rated below a
   * band of 90. 367.19 against 408 is 89.997…%, so 90.00 and nearly achieved; 89.994% is 89.99 and
   * not achieved; 99.995% is 100.00 and achieved.
   *
   * @return the achievement in percent, rounded to two decimals half up and at scale 2 ({@code
   *     101.72} for 415 against 408, {@code 100.00} on target): actual ÷ target × 100 for a KPI
   *     that should increase, target ÷ actual × 100 for one that should decrease; empty where none
   *     can be computed (no actual, no quantified target, a zero or negative target, or a decrease
   *     whose actual is zero or negative)
   */
  Optional<BigDecimal> achievement();

  /**
   * @return the rating
   */
  Rating rating();
}
