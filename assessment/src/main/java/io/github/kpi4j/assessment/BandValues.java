package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/** The implementation of {@link Bands}. */
record BandValues(BigDecimal achieved, BigDecimal nearlyAchieved) implements Bands {
  static final Bands STANDARD = of(BigDecimal.valueOf(100), BigDecimal.valueOf(90));

  BandValues {
    Objects.requireNonNull(achieved, "achieved");
    Objects.requireNonNull(nearlyAchieved, "nearlyAchieved");
    if (nearlyAchieved.compareTo(achieved) > 0) {
      throw new IllegalArgumentException(
          "the nearly-achieved band ("
              + nearlyAchieved.toPlainString()
              + ") must not lie above the achieved band ("
              + achieved.toPlainString()
              + ")");
    }
  }

  static Bands of(BigDecimal achieved, BigDecimal nearlyAchieved) {
    // 100 and 100.0 are one threshold: keep equals() about the number, not its scale.
    return new BandValues(strip(achieved), strip(nearlyAchieved));
  }

  private static BigDecimal strip(BigDecimal value) {
    return Decimals.plain(Objects.requireNonNull(value, "band threshold"));
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
