package io.github.kpi4j.report;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.examples.BundledPlans;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The documents the report's tests show: the bundled plans, and MAC across three years. */
final class Fixtures {
  private static final String TREND = "/io/github/kpi4j/report/trend/";

  private Fixtures() {}

  /**
   * @return the bundled plans: MOFA 107 and MAC 107
   */
  static List<AnnualPlan> bundledPlans() {
    return BundledPlans.plans();
  }

  /**
   * @param locale the language of the findings
   * @return the bundled MAC 107 results, assessed
   */
  static Assessment bundledAssessment(Locale locale) {
    return Assessor.builder()
        .locale(locale)
        .build()
        .assess(BundledPlans.plan("mac-107.json"), BundledPlans.macResults());
  }

  /**
   * @return MAC 105 (a plan without KPI 6.4 and without results)
   */
  static AnnualPlan mac105() {
    return plan("mac-105.json");
  }

  /**
   * @param locale the language of the findings
   * @return MAC 106 and 107, assessed
   */
  static List<Assessment> mac106And107(Locale locale) {
    Assessor assessor = Assessor.builder().locale(locale).build();
    try (InputStream in = resource("mac-106-results.json")) {
      PlanResults results = KpiJson.create().readResults(in, "mac-106-results.json");
      return List.of(assessor.assess(plan("mac-106.json"), results), bundledAssessment(locale));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnnualPlan plan(String name) {
    try (InputStream in = resource(name)) {
      return KpiJson.create().readPlan(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Fixtures.class.getResourceAsStream(TREND + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + TREND + name);
    }
    return in;
  }
}
