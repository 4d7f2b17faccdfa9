package io.github.kpi4j.assessment;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.testing.Plans;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small plans and results, built in code, for tests that need one rule at a time. */
final class Fixtures {
  static final Agency MAC = Plans.MAC;

  private Fixtures() {}

  /**
   * @return a KPI builder with the required fields filled in, number 1
   */
  static Kpi.Builder kpi(String name) {
    return Plans.kpi(1, name).measurementStandard("依年度統計");
  }

  /**
   * @return a KPI with a target and direction
   */
  static Kpi kpi(String name, String target, Direction direction) {
    return kpi(name).target(target).direction(direction).build();
  }

  /**
   * @return the MAC 107 plan with one goal holding these KPIs, renumbered 1.1, 1.2 …
   */
  static AnnualPlan plan(Kpi... kpis) {
    return plan(107, kpis);
  }

  /**
   * @return a MAC plan of that year with one goal holding these KPIs, renumbered 1.1, 1.2 …
   */
  static AnnualPlan plan(int rocYear, Kpi... kpis) {
    return Plans.oneGoal(rocYear, kpis);
  }

  /**
   * @return MAC 107 results holding these
   */
  static PlanResults results(KpiResult... results) {
    return PlanResults.builder()
        .agency("MAC")
        .rocYear(107)
        .addAllResults(Arrays.asList(results))
        .build();
  }

  /**
   * @return a result giving an actual as written
   */
  static KpiResult actual(String kpi, String actual) {
    return KpiResult.builder().kpi(kpi).actual(actual).build();
  }

  /**
   * @return a result giving variables, as name, value, name, value …
   */
  static KpiResult variables(String kpi, Object... namesAndValues) {
    return KpiResult.builder().kpi(kpi).putAllVariables(map(namesAndValues)).build();
  }

  /**
   * @return a result giving both an actual and variables
   */
  static KpiResult both(String kpi, String actual, Object... namesAndValues) {
    return KpiResult.builder().kpi(kpi).actual(actual).putAllVariables(map(namesAndValues)).build();
  }

  private static Map<String, BigDecimal> map(Object... namesAndValues) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], new BigDecimal(namesAndValues[i + 1].toString()));
    }
    return values;
  }
}
