package io.github.kpi4j.internal;

/**
 * The model's preconditions, with fixed messages that name the field. Raises JDK exceptions:
 * breaking an invariant is a programming error, not bad input.
 */
public final class Assert {
  private Assert() {}

  /**
   * Requires a number of at least 1.
   *
   * @param value the value
   * @param field the field, as {@code Type.field}
   * @return the value
   */
  public static int atLeastOne(int value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be at least 1, got " + value);
    }
    return value;
  }

  /**
   * Requires a number of at least 0.
   *
   * @param value the value
   * @param field the field, as {@code Type.field}
   * @return the value
   */
  public static java.math.BigDecimal notNegative(java.math.BigDecimal value, String field) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
    return value;
  }

  /**
   * Requires a condition about an argument.
   *
   * @param condition the condition
   * @param message the message when it fails
   */
  public static void isTrue(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
