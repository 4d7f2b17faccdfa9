package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
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
  @Value.Check
  default void check() {
    Assert.isTrue(
        actual().isPresent() || !variables().isEmpty() || !items().isEmpty(),
        "KpiResult for " + kpi() + " needs an actual, variables or items");
  }

  /**
   * @return a builder of results
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiResult}. */
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
