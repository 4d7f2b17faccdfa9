package io.github.kpi4j.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How the assessment turns numbers into values it keeps and shows. */
final class Numbers {
  /**
   * A double carries 15.95 significant decimal digits; keeping 15 drops the noise of binary
   * arithmetic (0.30000000000000004) and nothing a report could mean.
   */
  private static final MathContext FORMULA_VALUE = new MathContext(15, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /**
   * @return the value without trailing zeros, and never in exponent form (2E+2 is 200)
   */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * @return a formula's value as the assessment keeps it: 15 significant digits, plain
   */
  static BigDecimal ofFormula(double value) {
    return plain(BigDecimal.valueOf(value).round(FORMULA_VALUE));
  }
}
