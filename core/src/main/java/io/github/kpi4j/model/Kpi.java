package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.RelativeTarget;
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
   * @return which way the KPI improves, as the plan says; where it does not, {@link
   *     Direction#DECREASE} for a target relative to an earlier year that asks for a decrease
   *     ({@code 較前年度減少3%}, whose direction the plan format says is then decrease), {@link
   *     Direction#INCREASE} otherwise
   */
  @Value.Default
  default Direction direction() {
    Optional<QuantityText> target = target();
    return target.isPresent()
            && RelativeTarget.parse(target.get().text())
                .filter(RelativeTarget::isDecrease)
                .isPresent()
        ? Direction.DECREASE
        : Direction.INCREASE;
  }

  /**
   * @return the KPI's weight in percent, where the plan prints one ({@code 6} for {@code (6%)})
   */
  Optional<BigDecimal> weight();

  /**
   * @return the linked mid-term programmes (與中長程個案計畫關聯); empty where the plan says 無
   */
  List<String> midTermProgrammes();

  /**
   * @return whether the plan marks it a core KPI (核心KPI); false unless the plan says so
   */
  @Value.Default
  default boolean core() {
    return false;
  }

  /**
   * The numbered measures of a composite KPI, each with its own target. The KPI's {@link #target()}
   * then counts the items that reach their own targets ({@code 3 達到項數}).
   *
   * @return its items, in printed order; empty unless it is composite
   */
  List<KpiItem> items();

  /**
   * The ladder of a milestone KPI: each step worth a cumulative progress. The KPI's {@link
   * #target()} is then a progress ({@code 70%}), or a milestone's number or text; see {@link
   * #progressOf(QuantityText)}.
   *
   * @return its milestones, in printed order; empty unless it has a ladder
   */
  List<Milestone> milestones();

  /**
   * @return the value a relative target ({@code 較前年度增加10%}) is measured from, where the plan gives
   *     one
   */
  Optional<Baseline> baseline();

  /**
   * @return targets for other years than the plan's, as a mid-term plan prints them; {@link
   *     #target()} stays this plan year's
   */
  List<YearTarget> targets();

  /**
   * The progress a milestone KPI's target or actual names: a percentage is the progress itself
   * ({@code 70%} is 0.7); a whole number without a unit names a milestone by its number, and any
   * other text a milestone by its text (compared as {@link Names} compares names); the progress is
   * then that milestone's. A plain fraction ({@code 0.7}) is a progress too.
   *
   * @param text a target or actual as written
   * @return the progress as a fraction, or empty if the KPI has no milestones, the text names none
   *     of them, or the milestone named has no percentage as its progress
   */
  default Optional<BigDecimal> progressOf(QuantityText text) {
    if (milestones().isEmpty()) {
      return Optional.empty();
    }
    Optional<Quantity> quantity = text.quantity();
    if (quantity.isPresent() && quantity.get().unit().isPercent()) {
      return Optional.of(quantity.get().value());
    }
    if (quantity.isPresent() && quantity.get().unit().isNone()) {
      BigDecimal value = quantity.get().value();
      if (value.scale() > 0) {
        return Optional.of(value);
      }
      return milestones().stream()
          .filter(m -> BigDecimal.valueOf(m.number()).compareTo(value) == 0)
          .findFirst()
          .flatMap(Kpi::percent);
    }
    return milestones().stream()
        .filter(m -> Names.same(m.text(), text.text()))
        .findFirst()
        .flatMap(Kpi::percent);
  }

  private static Optional<BigDecimal> percent(Milestone milestone) {
    return milestone.progress().quantity().filter(q -> q.unit().isPercent()).map(Quantity::value);
  }

  /** Rejects what can never be right for a KPI. */
  /**
   * Keeps the weight as a document holds it, at a scale of 0 or more: {@code 1E+1} is {@code 10},
   * which is how it is written and read back.
   *
   * @return this KPI, or an equal one with its weight so written
   */
  @Value.Check
  default Kpi normalize() {
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
    Assert.atLeastOne(number(), "Kpi.number");
    weight()
        .ifPresent(
            w -> {
              Assert.notNegative(w, "Kpi.weight");
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

  /**
   * Builds a {@link Kpi}.
   *
   * <p>Every attribute of {@link Kpi} has a setter of the same name, which takes the value (an
   * optional attribute also takes an {@code Optional}) and returns this builder; a list attribute
   * has {@code addX} for one or more elements and {@code addAllX} for an iterable besides, and its
   * setter replaces the list. {@code from(Kpi)} starts from an existing value. A setter given
   * {@code null} throws {@link NullPointerException}; {@code build()} throws {@link
   * NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link Kpi} states.
   */
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
