package io.github.kpi4j.internal;

import java.math.BigDecimal;

/** How kpi4j keeps and shows a decimal number: the one place that strips trailing zeros. */
public final class Decimals {
  private Decimals() {}

  /**
   * Drops trailing zeros, never leaving the number in exponent form: {@code 100.00} and {@code
   * 1E+2} both become {@code 100}, so that 100 and 100.0 compare and print as one number.
   *
   * @param value a number
   * @return the same number without trailing zeros, at a scale of 0 or more
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    // 1E+3 reads badly in documents; keep integers at scale 0.
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * @param value a number
   * @return the number as text, without trailing zeros and without exponent: {@code 1E+2} is {@code
   *     100}
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static String plainText(BigDecimal value) {
    return plain(value).toPlainString();
  }

  /**
   * Whether a number is kept as a document writes it: a scale from 0 to {@link
   * io.github.kpi4j.Limits#MAX_DIGITS}, so that its plain form reads back equal.
   *
   * @param value a number
   * @return true when {@link #asWritten} would return it unchanged
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static boolean isAsWritten(BigDecimal value) {
    return value.scale() >= 0 && value.scale() <= io.github.kpi4j.Limits.MAX_DIGITS;
  }

  /**
   * The number as a document writes and reads it back: {@code 1E+1} is {@code 10} (scale 0), and
   * zeros past the last of {@link io.github.kpi4j.Limits#MAX_DIGITS} fraction digits, which no
   * document holds ({@code 0E-101}), are dropped. Call only on a number that {@link Assert#fits}.
   *
   * @param value a number that fits the limits
   * @return an equal number at a scale from 0 to {@link io.github.kpi4j.Limits#MAX_DIGITS}
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static BigDecimal asWritten(BigDecimal value) {
    if (value.scale() < 0) {
      return value.setScale(0);
    }
    return value.scale() > io.github.kpi4j.Limits.MAX_DIGITS ? plain(value) : value;
  }
}
