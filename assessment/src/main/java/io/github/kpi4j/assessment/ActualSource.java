package io.github.kpi4j.assessment;

/** Where an assessed actual came from. */
public enum ActualSource {
  /** The result's {@code actual}, as the agency reported it. */
  GIVEN("given"),
  /** Computed from the result's {@code variables} through the KPI's formula. */
  COMPUTED("computed");

  private final String code;

  ActualSource(String code) {
    this.code = code;
  }

  /**
   * @return {@code given} or {@code computed}
   */
  public String code() {
    return code;
  }
}
