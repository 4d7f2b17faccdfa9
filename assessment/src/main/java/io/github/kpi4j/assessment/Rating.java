package io.github.kpi4j.assessment;

import java.util.Optional;

/**
 * How a KPI did against its target, in the four colours reviewers use: green, yellow, red, and
 * white for a KPI that could not be assessed.
 */
public enum Rating {
  /** The target is met: achievement at or above the achieved band (100 by default). Green. */
  ACHIEVED("achieved", "green"),
  /**
   * Close to the target: achievement at or above the nearly-achieved band (90 by default). Yellow.
   */
  NEARLY_ACHIEVED("nearly-achieved", "yellow"),
  /** Below the nearly-achieved band, or on the wrong side of a zero or negative target. Red. */
  NOT_ACHIEVED("not-achieved", "red"),
  /** No result, no usable actual, or no quantified target. White. */
  NOT_ASSESSED("not-assessed", "white");

  private final String code;
  private final String colour;

  Rating(String code, String colour) {
    this.code = code;
    this.colour = colour;
  }

  /**
   * @return the code the CLI and documents write: {@code achieved}, {@code nearly-achieved}, {@code
   *     not-achieved} or {@code not-assessed}
   */
  public String code() {
    return code;
  }

  /**
   * @return the colour reviewers give it: {@code green}, {@code yellow}, {@code red} or {@code
   *     white}
   */
  public String colour() {
    return colour;
  }

  /**
   * @param code a rating's {@link #code() code}
   * @return the rating, or empty for any other text
   */
  public static Optional<Rating> fromCode(String code) {
    for (Rating rating : values()) {
      if (rating.code.equals(code)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }
}
