package io.github.kpi4j.quantity;

import io.github.kpi4j.internal.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One number with a unit: {@code 533萬人次} is 5330000 人次, {@code 86%} is 0.86 percent.
 *
 * <p>The value is kept without trailing zeros, so that {@code 0.860} and {@code 0.86} make equal
 * quantities.
 */
@Value.Immutable
public interface Quantity {
  /**
   * @return the value; a fraction for a percentage
   */
  @Value.Parameter
  BigDecimal value();

  /**
   * @return the unit
   */
  @Value.Parameter
  Unit unit();

  /**
   * @param value the value; a fraction for a percentage
   * @param unit the unit
   * @return the quantity
   */
  static Quantity of(BigDecimal value, Unit unit) {
    return ImmutableQuantity.of(Decimals.plain(value), unit);
  }

  /**
   * @param value a plain number
   * @return the number without a unit
   */
  static Quantity of(BigDecimal value) {
    return of(value, Unit.NONE);
  }

  /**
   * Reads one quantity from its written form, as the table of the plan format lists them: {@code
   * 408篇}, {@code 2,250人}, {@code 533萬人次}, {@code 86%}, {@code 86％}, {@code 86 %}, {@code 1,500 次},
   * {@code １５００次}, {@code 3 達到項數}.
   *
   * @param text the written form
   * @return the quantity, or empty if the text is not exactly one quantity
   */
  static Optional<Quantity> parse(String text) {
    return QuantityParser.parse(text);
  }

  /**
   * @return the quantity as plans write it: {@code 408篇}, {@code 86%}, {@code 5330000人次}
   */
  default String text() {
    if (unit().isPercent()) {
      return Decimals.plainText(value().movePointRight(2)) + "%";
    }
    return value().toPlainString() + unit().symbol();
  }
}
