package io.github.kpi4j.finding;

/** How much a finding matters. */
public enum Severity {
  /** The document is wrong: a plan with an error is not valid. */
  ERROR("error"),
  /** Probably wrong, or worth a second look. */
  WARNING("warning"),
  /** Worth knowing. */
  INFO("info");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /**
   * @return {@code error}, {@code warning} or {@code info}, as documents and the CLI write it
   */
  public String code() {
    return code;
  }
}
