package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.util.Locale;

/**
 * Assesses a results document against its plan, following the plan format's "Assessment" rules.
 *
 * <p>For each KPI of the plan with a quantified target and a result with a usable actual:
 *
 * <ul>
 *   <li>a KPI to {@code increase} achieves actual ÷ target × 100 percent, where the target is above
 *       zero;
 *   <li>a KPI to {@code decrease} achieves target ÷ actual × 100 percent, where both are above
 *       zero; an actual at or below its target (a negative one included) is always {@link
 *       Rating#ACHIEVED achieved};
 *   <li>where no achievement can be computed (a zero or negative target), the KPI is achieved when
 *       its actual is on the right side of the target ({@code increase}: at or above; {@code
 *       decrease}: at or below) and {@link Rating#NOT_ACHIEVED not achieved} otherwise;
 *   <li>otherwise the achievement is rated by the {@link Bands bands}.
 * </ul>
 *
 * A KPI without a result, without a usable actual, or without a quantified target is {@link
 * Rating#NOT_ASSESSED not assessed}.
 *
 * <p>Numbers are compared as they are. A percentage is a fraction (a target of 91% is 0.91), so a
 * formula's ratio or an actual written {@code 88%} compares directly with it; a plain number is
 * never reinterpreted: an actual of {@code 88} against a target of 88% is 88, not 0.88, and is
 * assessed so, with a {@link ResultRule#RESULT_PERCENT_AS_NUMBER warning} that it looks like a
 * percentage written without its sign.
 *
 * <p>Achievements are computed in {@link java.math.BigDecimal} and rounded once, to two decimals
 * half up (the precision reports print); the bands rate that rounded value, so that the achievement
 * shown and the rating always agree (89.997% is 90.00% and nearly achieved, not a 90.00% rated not
 * achieved). A value computed by a formula arrives as a {@code double}; it is taken at 15
 * significant digits, which drops the binary noise of floating-point arithmetic (0.2 + 0.1 gives
 * 0.30000000000000004) so that a ratio that is exactly on target is rated achieved.
 *
 * <p>Assessors are immutable and thread-safe.
 */
public interface Assessor {
  /**
   * Assesses results against a plan. Problems in the results document do not stop the assessment:
   * they become {@link Assessment#findings() findings}, and a KPI whose result is unusable is not
   * assessed.
   *
   * @param plan the plan
   * @param results what the agency reported for the plan's year
   * @return the assessment
   */
  Assessment assess(AnnualPlan plan, PlanResults results);

  /**
   * @return the bands that rate achievements
   */
  Bands bands();

  /**
   * @return the language of the findings' messages
   */
  Locale locale();

  /**
   * @return an assessor with the {@link Bands#ofDefaults() default bands} and English messages
   */
  static Assessor ofDefaults() {
    return builder().build();
  }

  /**
   * @return a builder, starting from the default bands and English messages
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessor}. */
  final class Builder {
    private Bands bands = Bands.ofDefaults();
    private Locale locale = Locale.ENGLISH;

    Builder() {}

    /**
     * @param bands the bands that rate achievements
     * @return this builder
     */
    public Builder bands(Bands bands) {
      this.bands = Assert.notNull(bands, "bands");
      return this;
    }

    /**
     * @param locale the language of the messages: any Chinese locale ({@code zh-TW}, {@code zh})
     *     gives Traditional Chinese, any other English
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Assert.notNull(locale, "locale");
      return this;
    }

    /**
     * @return the assessor
     */
    public Assessor build() {
      return new DefaultAssessor(bands, locale);
    }
  }
}
