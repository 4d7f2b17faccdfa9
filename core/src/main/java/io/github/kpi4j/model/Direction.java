package io.github.kpi4j.model;

import java.util.Optional;

/** Which way a KPI improves. */
public enum Direction {
  /** Higher is better: the default. */
  INCREASE("increase"),
  /** Lower is better, such as a budget overrun. */
  DECREASE("decrease");

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  /**
   * @return the code of the interchange format
   */
  public String code() {
    return code;
  }

  /**
   * @param code {@code increase} or {@code decrease}
   * @return the direction, or empty for any other text
   */
  public static Optional<Direction> fromCode(String code) {
    for (Direction direction : values()) {
      if (direction.code.equals(code)) {
        return Optional.of(direction);
      }
    }
    return Optional.empty();
  }
}
