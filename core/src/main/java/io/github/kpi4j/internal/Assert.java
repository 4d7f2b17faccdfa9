package io.github.kpi4j.internal;

import io.github.kpi4j.Limits;
import java.math.BigDecimal;
import java.util.Collection;
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
    // Tested here rather than through isTrue, whose varargs call boxes the value and makes an array
    // even when the check passes, for every number of every goal, KPI and item a plan is built of.
    if (value < 1) {
      throw illegalArgument("%s must be at least 1, got %d", field, value);
    }
    return value;
  }

  /**
   * Requires a number of at most a bound.
   *
   * @param value the value
   * @param max the largest value allowed
   * @param field the field, as {@code Type.field}
   * @return the value
   * @throws IllegalArgumentException if {@code value} is more than {@code max}
   */
  public static int atMost(int value, int max, String field) {
    if (value > max) {
      throw illegalArgument("%s must be at most %d, got %d", field, max, value);
    }
    return value;
  }

  /**
   * Requires a number of at least 0.
   *
   * @param value the value
   * @param field the field, as {@code Type.field}
   * @return the value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static BigDecimal notNegative(BigDecimal value, String field) {
    if (value.signum() < 0) {
      throw illegalArgument("%s must not be negative, got %s", field, value);
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
      throw illegalArgument(template, arguments);
    }
  }

  /**
   * The exception of a broken precondition, for a check whose message costs more to build than a
   * varargs call of {@link #isTrue(boolean, String, Object...)} should spend on every success: the
   * caller tests the condition itself and throws what this returns.
   *
   * @param template the message, a {@link String#format} pattern
   * @param arguments the pattern's arguments
   * @return the exception to throw
   */
  public static IllegalArgumentException illegalArgument(String template, Object... arguments) {
    return new IllegalArgumentException(String.format(Locale.ROOT, template, arguments));
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

  /**
   * Requires a text that a document can hold: well-formed UTF-16 (no lone surrogate, which no
   * Unicode encoding can write) of at most {@link Limits#MAX_TEXT_LENGTH} characters.
   *
   * @param value the text
   * @param field the field, as {@code Type.field}
   * @return the text
   */
  public static String text(String value, String field) {
    if (value.length() > Limits.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + Limits.MAX_TEXT_LENGTH
              + " characters long, got "
              + value.length());
    }
    int at = loneSurrogate(value);
    if (at >= 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must be well-formed Unicode text, got a lone surrogate U+%04X at character %d",
              field,
              (int) value.charAt(at),
              at + 1));
    }
    return value;
  }

  /**
   * Requires texts that a document can hold; see {@link #text(String, String)}.
   *
   * @param values the texts
   * @param field the field, as {@code Type.field}
   */
  public static void texts(Collection<String> values, String field) {
    for (String value : values) {
      text(value, field);
    }
  }

  /**
   * @param value a text
   * @return the index of its first lone surrogate, or -1 if it is well-formed UTF-16
   */
  // A String, not a CharSequence: every text read is scanned, and a run on the client compiler
  // alone (the command line's) would make an interface call to charAt for every character.
  public static int loneSurrogate(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Requires a number that a document can hold: at most {@link Limits#MAX_DIGITS} digits before and
   * after the decimal point.
   *
   * @param value the number
   * @param field the field, as {@code Type.field}
   * @return the number
   */
  public static BigDecimal digits(BigDecimal value, String field) {
    if (!fits(value)) {
      throw new IllegalArgumentException(
          field
              + " must have at most "
              + Limits.MAX_DIGITS
              + " digits before and after the decimal point, got "
              + shown(value));
    }
    return value;
  }

  /**
   * @param value a number
   * @return whether it has at most {@link Limits#MAX_DIGITS} digits before and after its point
   */
  public static boolean fits(BigDecimal value) {
    // precision - scale without stripping: stripTrailingZeros of 1e999999999 is cheap, but a
    // plain string of it is not, so nothing here writes the number out.
    long integerDigits = (long) value.precision() - value.scale();
    long fractionDigits = value.scale();
    if (fractionDigits > Limits.MAX_DIGITS) {
      fractionDigits = value.stripTrailingZeros().scale();
    }
    return integerDigits <= Limits.MAX_DIGITS && fractionDigits <= Limits.MAX_DIGITS;
  }

  /** A number in a message: its scientific form, cut short, never its plain form. */
  private static String shown(BigDecimal value) {
    String text = value.toString();
    return text.length() <= 40
        ? text
        : text.substring(0, 20) + "…" + text.substring(text.length() - 12);
  }
}
