package io.github.kpi4j.quantity;

import io.github.kpi4j.internal.Assert;
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

  /** Rejects what no document can hold. */
  @Value.Check
  default void check() {
    Assert.text(text(), "QuantityText.text");
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
   * @throws IllegalArgumentException if the text is no text a document can hold (a lone surrogate,
   *     more than {@link io.github.kpi4j.Limits#MAX_TEXT_LENGTH} characters)
   */
  static QuantityText of(String text) {
    return ImmutableQuantityText.of(text);
  }

  /**
   * @param value a plain number, such as a JSON number
   * @return the number as text, quantified without a unit
   * @throws IllegalArgumentException as {@link Quantity#of(BigDecimal, Unit)}
   */
  static QuantityText of(BigDecimal value) {
    return of(Quantity.of(value).text());
  }
}
