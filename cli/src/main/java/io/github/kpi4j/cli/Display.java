package io.github.kpi4j.cli;

import io.github.kpi4j.quantity.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as text output shows them to people: grouped, at most two decimals, with their unit. */
final class Display {
  private Display() {}

  /**
   * @param value a value; a fraction for a percentage
   * @param unit its unit
   * @return {@code 91.23%}, {@code 5,400,000人次}, {@code 415}
   */
  static String quantity(BigDecimal value, Unit unit) {
    if (unit.isPercent()) {
      return number(value.movePointRight(2)) + "%";
    }
    return number(value) + unit.symbol();
  }

  /**
   * @param percent an achievement in percent, as the assessor gives it: already rounded to the two
   *     decimals it is rated at, so that nothing here rounds it again
   * @return it with two decimals, so that a column of them aligns, grouped by thousands, and a
   *     percent sign: {@code 101.72%}, {@code 100.00%}, {@code 10,000.00%}
   */
  static String percent(BigDecimal percent) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(percent) + "%";
  }

  /**
   * @param value a number
   * @return it grouped by thousands with at most two decimals, rounded half up: {@code 1,234.57}
   */
  static String number(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
