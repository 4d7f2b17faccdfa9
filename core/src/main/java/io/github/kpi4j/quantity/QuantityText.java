package io.github.kpi4j.quantity;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target or actual as written, and the quantity it states if it states exactly one. {@code 408篇}
 * is quantified; {@code 較前年度增加10%} is kept as text and is not.
 */
@Value.Immutable
public interface QuantityText {
  /**
   * @return the text as written
   */
  @Value.Parameter
  String text();

  /**
   * @return the quantity the text states, computed from it when first asked: reading a plan makes
   *     many targets, not all of which are ever parsed
   */
  @Value.Lazy
  default Optional<Quantity> quantity() {
    return Quantity.parse(text());
  }

  /**
   * @return whether the text states exactly one quantity
   */
  default boolean isQuantified() {
    return quantity().isPresent();
  }

  /**
   * @param text the text as written
   * @return the text with its quantity, if any
   */
  static QuantityText of(String text) {
    return ImmutableQuantityText.of(text);
  }

  /**
   * @param value a plain number, such as a JSON number
   * @return the number as text, quantified without a unit
   */
  static QuantityText of(BigDecimal value) {
    return of(Quantity.of(value).text());
  }
}
