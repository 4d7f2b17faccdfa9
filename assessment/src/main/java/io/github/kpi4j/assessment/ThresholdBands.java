package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Decimals;
import java.math.BigDecimal;

/** The implementation of {@link Bands}. */
record ThresholdBands(BigDecimal achieved, BigDecimal nearlyAchieved) implements Bands {
  static final Bands DEFAULTS = of(BigDecimal.valueOf(100), BigDecimal.valueOf(90));

  ThresholdBands {
    Assert.notNull(achieved, "achieved");
    Assert.notNull(nearlyAchieved, "nearlyAchieved");
    if (nearlyAchieved.compareTo(achieved) > 0) {
      // Not isTrue: the plain forms are written only when the check fails.
      throw Assert.illegalArgument(
          "the nearly-achieved band (%s) must not lie above the achieved band (%s)",
          nearlyAchieved.toPlainString(), achieved.toPlainString());
    }
  }

  static Bands of(BigDecimal achieved, BigDecimal nearlyAchieved) {
    // 100 and 100.0 are one threshold: keep equals() about the number, not its scale.
    return new ThresholdBands(strip(achieved), strip(nearlyAchieved));
  }

  private static BigDecimal strip(BigDecimal value) {
    // A threshold beyond 100 digits (1e999999999) could not be made plain: a programming error.
    return Decimals.plain(Assert.digits(Assert.notNull(value, "band threshold"), "band threshold"));
  }

  @Override
  public String toString() {
    return "Bands[achieved >= "
        + achieved.toPlainString()
        + ", nearly-achieved >= "
        + nearlyAchieved.toPlainString()
        + "]";
  }
}
