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
}
