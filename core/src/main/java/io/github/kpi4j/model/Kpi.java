package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key performance indicator (關鍵績效指標): one row of a plan's KPI table. Its id, such as {@code 2.3},
 * joins its goal's number and its own; see {@link PlanKpi}.
 */
@Value.Immutable
public interface Kpi {
  /**
   * @return its number within the goal: 1, 2, 3 …
   */
  int number();

  /**
   * @return the indicator as printed
   */
  String name();

  /**
   * @return who evaluates it (評估體制)
   */
  EvaluationSystem evaluationSystem();

  /**
   * @return how it is evaluated (評估方式)
   */
  EvaluationMethod evaluationMethod();

  /**
   * @return the measurement standard (衡量標準) as printed
   */
  String measurementStandard();

  /**
   * @return the computable part of the measurement standard, where one is given
   */
  Optional<String> formula();

  /**
   * @return the annual target (年度目標值) as printed, where the plan gives one
   */
  Optional<QuantityText> target();

  /**
   * @return which way the KPI improves; {@link Direction#INCREASE} unless the plan says otherwise
   */
  @Value.Default
  default Direction direction() {
    return Direction.INCREASE;
  }

  /**
   * @return the KPI's weight in percent, where the plan prints one ({@code 6} for {@code (6%)})
   */
  Optional<BigDecimal> weight();

  /**
   * @return the linked mid-term programmes (與中長程個案計畫關聯); empty where the plan says 無
   */
  List<String> midTermProgrammes();

  /** Rejects what can never be right for a KPI. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(number(), "Kpi.number");
    weight()
        .ifPresent(
            w -> {
              Assert.isTrue(w.signum() >= 0, "Kpi.weight must not be negative, got " + w);
              Assert.digits(w, "Kpi.weight");
            });
    Assert.text(name(), "Kpi.name");
    Assert.text(measurementStandard(), "Kpi.measurementStandard");
    formula().ifPresent(f -> Assert.text(f, "Kpi.formula"));
    Assert.texts(midTermProgrammes(), "Kpi.midTermProgrammes");
  }

  /**
   * @return a builder of KPIs
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Kpi}. */
  final class Builder extends ImmutableKpi.Builder {
    Builder() {}

    /**
     * Sets the target from its printed text, such as {@code 408篇} or {@code 86%}.
     *
     * @param printed the target as printed
     * @return this builder
     */
    public Builder target(String printed) {
      return target(QuantityText.of(printed));
    }
  }
}
