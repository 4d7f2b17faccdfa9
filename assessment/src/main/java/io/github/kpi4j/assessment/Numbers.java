package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Decimals;
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
   * @return a formula's value as the assessment keeps it: 15 significant digits, plain
   */
  static BigDecimal ofFormula(double value) {
    return Decimals.plain(BigDecimal.valueOf(value).round(FORMULA_VALUE));
  }
}
