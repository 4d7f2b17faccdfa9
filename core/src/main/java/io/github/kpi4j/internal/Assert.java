package io.github.kpi4j.internal;

import java.util.Locale;

/**
 * The one precondition vocabulary of kpi4j, with fixed message templates. It raises JDK exceptions:
 * breaking a precondition or an invariant is a programming error, not bad input (bad input gets a
 * {@code Kpi4jException} with context instead).
 *
 * <p>Templates are {@link String#format(Locale, String, Object...)} patterns, formatted in {@link
 * Locale#ROOT} so that a number in a message never depends on the JVM's locale; the text is built
 * only when the check fails.
 */
public final class Assert {
  private Assert() {}

  /**
   * Requires a reference not to be {@code null}.
   *
   * @param reference the reference
   * @param name what it is, as the parameter or field is named; the exception's message
   * @param <T> its type
   * @return the reference
   * @throws NullPointerException if {@code reference} is {@code null}
   */
  public static <T> T notNull(T reference, String name) {
    if (reference == null) {
      throw new NullPointerException(name);
    }
    return reference;
  }

  /**
   * Requires a number of at least 1.
   *
   * @param value the value
   * @param field the field, as {@code Type.field}
   * @return the value
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public static int atLeastOne(int value, String field) {
    isTrue(value >= 1, "%s must be at least 1, got %d", field, value);
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
   * @throws IllegalArgumentException if {@code condition} is false
   */
  public static void isTrue(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Requires a condition about an argument.
   *
   * @param condition the condition
   * @param template the message when it fails, a {@link String#format} pattern
   * @param arguments the pattern's arguments
   * @throws IllegalArgumentException if {@code condition} is false
   */
  public static void isTrue(boolean condition, String template, Object... arguments) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, arguments));
    }
  }

  /**
   * Requires a condition about the state of an object or of kpi4j itself.
   *
   * @param condition the condition
   * @param template the message when it fails, a {@link String#format} pattern
   * @param arguments the pattern's arguments
   * @throws IllegalStateException if {@code condition} is false
   */
  public static void state(boolean condition, String template, Object... arguments) {
    if (!condition) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, arguments));
    }
  }
}
