package io.github.kpi4j.assessment;

/** Where an assessed actual came from. */
public enum ActualSource {
  /** The result's {@code actual}, as the agency reported it. */
  GIVEN("given"),
  /** Computed from the result's {@code variables} through the KPI's formula. */
  COMPUTED("computed"),
  /** The number of a composite KPI's items whose reported actuals reach their own targets. */
  ITEMS("items");

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
