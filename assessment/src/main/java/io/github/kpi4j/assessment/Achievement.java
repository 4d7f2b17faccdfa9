package io.github.kpi4j.assessment;

import io.github.kpi4j.model.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The assessment rules of the plan format, for one quantified target and one actual.
 *
 * <p>An achievement is rounded to {@value #SCALE} decimals, half up, before it is rated: the
 * precision the CLI publishes. Rating the unrounded value let 89.997% show as 90.00% yet be rated
 * below the 90 band; rating what is shown keeps the two in agreement.
 */
final class Achievement {
  /** Decimals an achievement is kept to, in percent. */
  static final int SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Achievement() {}

  /** An achievement, where one can be computed, and the rating it earns. */
  record Outcome(Optional<BigDecimal> achievement, Rating rating) {
    static final Outcome NOT_ASSESSED = new Outcome(Optional.empty(), Rating.NOT_ASSESSED);
  }

  static Outcome of(Direction direction, BigDecimal target, BigDecimal actual, Bands bands) {
    if (direction == Direction.DECREASE) {
      boolean atOrBelow = actual.compareTo(target) <= 0;
      if (target.signum() > 0 && actual.signum() > 0) {
        BigDecimal achievement = percent(target, actual);
        // The spec makes an actual at or below a decrease target achieved whatever the bands say.
        return new Outcome(
            Optional.of(achievement), atOrBelow ? Rating.ACHIEVED : bands.rate(achievement));
      }
      return new Outcome(Optional.empty(), atOrBelow ? Rating.ACHIEVED : Rating.NOT_ACHIEVED);
    }
    if (target.signum() > 0) {
      BigDecimal achievement = percent(actual, target);
      return new Outcome(Optional.of(achievement), bands.rate(achievement));
    }
    return new Outcome(
        Optional.empty(), actual.compareTo(target) >= 0 ? Rating.ACHIEVED : Rating.NOT_ACHIEVED);
  }

  /**
   * {@code numerator × 100 ÷ denominator} to {@value #SCALE} decimals, half up. Multiplying first
   * and dividing straight to the scale makes it one rounding of the exact quotient: rounding first
   * to 16 digits and then to 2 would turn 89.99499999999999999 into 90.00.
   */
  private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
    return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
  }
}
