package io.github.kpi4j.assessment;

import io.github.kpi4j.model.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** The assessment rules of the plan format, for one quantified target and one actual. */
final class Achievement {
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
        Optional.empty(),
        actual.compareTo(target) >= 0 ? Rating.ACHIEVED : Rating.NOT_ACHIEVED);
  }

  /** {@code numerator × 100 ÷ denominator}: multiplying first keeps it to one rounding. */
  private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
    return Numbers.plain(numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64));
  }
}
