package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reported result of one KPI: its actual value, or the values of its formula's variables from
 * which the actual is computed, or both.
 */
@Value.Immutable
public interface KpiResult {
  /**
   * @return the KPI reference: an id such as {@code 2.3} or the KPI's name
   */
  String kpi();

  /**
   * @return the actual value, as a number or a quantity text such as {@code 2,300人}
   */
  Optional<QuantityText> actual();

  /**
   * @return the values of the KPI formula's variables, by name, in document order
   */
  Map<String, BigDecimal> variables();

  /**
   * @return a free note
   */
  Optional<String> note();

  /**
   * @return the actuals of a composite KPI's items, in document order: unless {@link #actual()} is
   *     given, the KPI's actual is the number of items whose actual reaches its own target
   */
  List<ItemResult> items();

  /**
   * @return the baseline of a relative target whose plan gives none, as a number or quantity text
   */
  Optional<QuantityText> baseline();

  /** A result says something: an actual, variables or items. */
  /**
   * Keeps the variables' values as a document holds them, at a scale of 0 or more: {@code 1E+2} is
   * {@code 100}, which is how it is written and read back.
   *
   * @return this result, or an equal one with its values so written
   */
  @Value.Check
  default KpiResult normalize() {
    if (variables().values().stream().allMatch(v -> Decimals.isAsWritten(v) || !Assert.fits(v))) {
      return this;
    }
    java.util.Map<String, BigDecimal> plain = new java.util.LinkedHashMap<>();
    variables().forEach((name, v) -> plain.put(name, Assert.fits(v) ? Decimals.asWritten(v) : v));
    return builder().from(this).variables(plain).build();
  }

  /** Rejects what can never be right for a result: one with no actual, variables or items. */
  @Value.Check
  default void check() {
    Assert.isTrue(
        actual().isPresent() || !variables().isEmpty() || !items().isEmpty(),
        "KpiResult for %s needs an actual, variables or items",
        kpi());
    Assert.text(kpi(), "KpiResult.kpi");
    note().ifPresent(n -> Assert.text(n, "KpiResult.note"));
    variables()
        .forEach(
            (name, value) -> {
              Assert.text(name, "KpiResult.variables");
              Assert.digits(value, "KpiResult.variables");
            });
  }

  /**
   * @return a builder of results
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KpiResult}.
   *
   * <p>Every attribute of {@link KpiResult} has a setter of the same name, which takes the value
   * (an optional attribute also takes an {@code Optional}) and returns this builder; a list
   * attribute has {@code addX} for one or more elements and {@code addAllX} for an iterable
   * besides, and its setter replaces the list. {@code from(KpiResult)} starts from an existing
   * value. A setter given {@code null} throws {@link NullPointerException}; {@code build()} throws
   * {@link NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link KpiResult} states.
   */
  final class Builder extends ImmutableKpiResult.Builder {
    Builder() {}

    /**
     * Sets the actual from its text, such as {@code 415}, {@code 88%} or {@code 2,300人}.
     *
     * @param printed the actual as written
     * @return this builder
     */
    public Builder actual(String printed) {
      return actual(QuantityText.of(printed));
    }

    /**
     * Sets the baseline from its text, such as {@code 1,200次}.
     *
     * @param printed the baseline as written
     * @return this builder
     */
    public Builder baseline(String printed) {
      return baseline(QuantityText.of(printed));
    }
  }
}
