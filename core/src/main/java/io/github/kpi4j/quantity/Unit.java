package io.github.kpi4j.quantity;

import org.immutables.value.Value;

/** The unit of a quantity: a counting word such as {@code 篇} or {@code 人次}, percent, or none. */
@Value.Immutable
public interface Unit {
  /** No unit: a plain number. */
  Unit NONE = of("");

  /** Percent: the value is a fraction, 0.91 for {@code 91%}. */
  Unit PERCENT = of("%");

  /**
   * @return the unit as written, {@code %} for percent, {@code ""} for none
   */
  @Value.Parameter
  String symbol();

  /**
   * @return whether this is the percent unit
   */
  default boolean isPercent() {
    return symbol().equals("%");
  }

  /**
   * @return whether this is no unit at all
   */
  default boolean isNone() {
    return symbol().isEmpty();
  }

  /**
   * @param symbol the unit as written; {@code ％} is percent
   * @return the unit
   */
  static Unit of(String symbol) {
    return ImmutableUnit.of(symbol.strip().equals("％") ? "%" : symbol.strip());
  }
}
