package io.github.kpi4j.model;

import java.util.Optional;

/**
 * Which government an agency belongs to, and so which instructions its plan follows.
 *
 * <p>A rule that enforces a requirement of the central government (the common indicators, for
 * instance) applies to {@link #CENTRAL} plans only.
 */
public enum AgencyLevel {
  /**
   * An agency of the Executive Yuan (行政院所屬機關), whose plan follows the Executive Yuan's
   * instructions, common indicators included: the default.
   */
  CENTRAL("central"),
  /**
   * A municipal, county or city government or one of its bureaus (直轄市、縣市政府及所屬機關), which the central
   * instructions do not bind.
   */
  LOCAL("local");

  private final String code;

  AgencyLevel(String code) {
    this.code = code;
  }

  /**
   * @return the code of the interchange format: {@code central} or {@code local}
   */
  public String code() {
    return code;
  }

  /**
   * @param code {@code central} or {@code local}
   * @return the level, or empty for any other text
   */
  public static Optional<AgencyLevel> fromCode(String code) {
    for (AgencyLevel level : values()) {
      if (level.code.equals(code)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
