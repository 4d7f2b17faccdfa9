package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Assert;
import java.math.BigDecimal;

/**
 * The achievement bands that turn an achievement percent into a {@link Rating}: {@link
 * Rating#ACHIEVED achieved} at {@link #achieved()} or more, {@link Rating#NEARLY_ACHIEVED
 * nearly-achieved} at {@link #nearlyAchieved()} or more, {@link Rating#NOT_ACHIEVED not-achieved}
 * below. The {@link #ofDefaults() default} bands are 100 and 90.
 *
 * <p>The assessor rates achievements rounded to two decimals ({@link KpiAssessment#achievement()}),
 * so a threshold finer than a hundredth acts as the next hundredth up: with a band of 89.995, 89.99
 * is below it and 90.00 at or above.
 *
 * <p>Bands are values: immutable and compared by their two thresholds.
 */
public interface Bands {
  /**
   * @return the least achievement, in percent, that is achieved; 100 in the default bands
   */
  BigDecimal achieved();

  /**
   * @return the least achievement, in percent, that is nearly achieved; 90 in the default bands
   */
  BigDecimal nearlyAchieved();

  /**
   * Rates an achievement.
   *
   * @param achievement an achievement in percent, such as {@code 101.72}
   * @return {@link Rating#ACHIEVED}, {@link Rating#NEARLY_ACHIEVED} or {@link Rating#NOT_ACHIEVED}
   */
  default Rating rate(BigDecimal achievement) {
    Assert.notNull(achievement, "achievement");
    if (achievement.compareTo(achieved()) >= 0) {
      return Rating.ACHIEVED;
    }
    return achievement.compareTo(nearlyAchieved()) >= 0
        ? Rating.NEARLY_ACHIEVED
        : Rating.NOT_ACHIEVED;
  }

  /**
   * @return the default bands: achieved at 100 or more, nearly achieved at 90 or more
   */
  static Bands ofDefaults() {
    return ThresholdBands.DEFAULTS;
  }

  /**
   * @param achieved the least achievement, in percent, that is achieved
   * @param nearlyAchieved the least achievement, in percent, that is nearly achieved; at most
   *     {@code achieved} (equal to it when there is to be no yellow band)
   * @return the bands
   * @throws IllegalArgumentException if {@code nearlyAchieved} is above {@code achieved}, or a
   *     threshold has more than {@link io.github.kpi4j.Limits#MAX_DIGITS} digits before or after
   *     the decimal point
   */
  static Bands of(BigDecimal achieved, BigDecimal nearlyAchieved) {
    return ThresholdBands.of(achieved, nearlyAchieved);
  }

  /**
   * @param achieved the least achievement, in percent, that is achieved, such as {@code 100}
   * @param nearlyAchieved the least achievement, in percent, that is nearly achieved, such as
   *     {@code 90}; at most {@code achieved}
   * @return the bands
   * @throws IllegalArgumentException if a threshold is not finite, or {@code nearlyAchieved} is
   *     above {@code achieved}
   */
  static Bands of(double achieved, double nearlyAchieved) {
    Assert.isTrue(
        Double.isFinite(achieved) && Double.isFinite(nearlyAchieved),
        "band thresholds must be finite, got %s and %s",
        achieved,
        nearlyAchieved);
    return of(BigDecimal.valueOf(achieved), BigDecimal.valueOf(nearlyAchieved));
  }
}
