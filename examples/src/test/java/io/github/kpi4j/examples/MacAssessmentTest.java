package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.kpi4j.assessment.ActualSource;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.assessment.KpiAssessment;
import io.github.kpi4j.assessment.Rating;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MAC 107 plan assessed against its illustrative results, rated as computed by hand from the
 * two files (and checked against the table of examples/plans/README.md).
 */
class MacAssessmentTest {
  private static Assessment assessment;

  @BeforeAll
  static void assess() throws IOException {
    // The module's jar carries the transcriptions of examples/plans as resources.
    AnnualPlan plan;
    PlanResults results;
    try (InputStream in = resource("mac-107.json")) {
      plan = KpiJson.create().readPlan(in, "mac-107.json");
    }
    try (InputStream in = resource("mac-107-results.json")) {
      results = KpiJson.create().readResults(in, "mac-107-results.json");
    }
    assessment = Assessor.ofDefaults().assess(plan, results);
  }

  private static InputStream resource(String file) {
    String resource = "/io/github/kpi4j/examples/plans/" + file;
    InputStream in = MacAssessmentTest.class.getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return in;
  }

  /*
   * Computed by hand (achievement = actual ÷ target × 100 for increase, target ÷ actual × 100 for
   * decrease; percentages as fractions), rounded half up to two decimals, as the assessor keeps
   * and rates them:
   *   1.1  415 ÷ 408                                 = 101.7156…  achieved
   *   1.2  17次 ÷ 17次                                = 100        achieved (on the boundary)
   *   2.1  0.88 ÷ 0.86                               = 102.3255…  achieved (referenced by name)
   *   2.2  2300 ÷ 2250                               = 102.2222…  achieved
   *   3.1  0.84 ÷ 0.90                               =  93.3333…  nearly-achieved
   *   3.2  12 ÷ 15                                   =  80        not-achieved
   *   4.1  no result                                               not-assessed
   *   4.2  52 ÷ 49                                   = 106.1224…  achieved (referenced by name)
   *   5.1  (10450 − 10200) ÷ 10200 = 0.0245098…; ÷ 0.02 = 122.5490…  achieved (computed)
   *   6.1  460 ÷ 457                                 = 100.6564…  achieved (name with 、)
   *   6.2  no result                                               not-assessed
   *   6.3  5 400 000 ÷ 5 330 000                     = 101.3133…  achieved (萬)
   *   6.4  no result                                               not-assessed
   *   7.1  (44 500 000 + 1 000 000 + 500 000) ÷ 50 000 000 = 0.92; ÷ 0.91 = 101.0989…  achieved
   *   7.2  decrease: (824 000 000 − 800 000 000) ÷ 800 000 000 = 0.03; 0.05 ÷ 0.03 = 166.6666…
   *        achieved (at or below its target)
   */
  @ParameterizedTest(name = "{0}: actual {1}, achievement {2}, {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "1.1, 415, 101.72, ACHIEVED, GIVEN",
        "1.2, 17, 100.00, ACHIEVED, GIVEN",
        "2.1, 0.88, 102.33, ACHIEVED, GIVEN",
        "2.2, 2300, 102.22, ACHIEVED, GIVEN",
        "3.1, 0.84, 93.33, NEARLY_ACHIEVED, GIVEN",
        "3.2, 12, 80.00, NOT_ACHIEVED, GIVEN",
        "4.1, -, -, NOT_ASSESSED, -",
        "4.2, 52, 106.12, ACHIEVED, GIVEN",
        "5.1, 0.0245098039215686, 122.55, ACHIEVED, COMPUTED",
        "6.1, 460, 100.66, ACHIEVED, GIVEN",
        "6.2, -, -, NOT_ASSESSED, -",
        "6.3, 5400000, 101.31, ACHIEVED, GIVEN",
        "6.4, -, -, NOT_ASSESSED, -",
        "7.1, 0.92, 101.10, ACHIEVED, COMPUTED",
        "7.2, 0.03, 166.67, ACHIEVED, COMPUTED"
      })
  void should_rate_each_kpi_as_computed_by_hand(
      String id, BigDecimal actual, BigDecimal achievement, Rating rating, ActualSource source) {
    // GIVEN the MAC 107 plan and its illustrative results, assessed with the default bands
    // WHEN looking at one KPI
    KpiAssessment kpi = assessment.kpi(id).orElseThrow();

    // THEN its actual, achievement (to two decimals) and rating are the hand-computed ones
    assertThat(kpi.rating()).isEqualTo(rating);
    if (actual == null) {
      assertThat(kpi.actual()).isEmpty();
      assertThat(kpi.achievement()).isEmpty();
      assertThat(kpi.actualSource()).isEmpty();
      assertThat(kpi.result()).isEmpty();
    } else {
      assertThat(kpi.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(actual));
      assertThat(kpi.actualSource()).contains(source);
      assertThat(kpi.achievement()).contains(achievement);
    }
  }

  @Test
  void should_list_all_fifteen_kpis_in_plan_order_and_count_the_ratings() {
    // GIVEN the assessment WHEN looking at the whole
    // THEN every KPI of the plan is there in order, and the totals are 10, 1, 1, 3
    assertThat(assessment.agencyCode()).isEqualTo("MAC");
    assertThat(assessment.rocYear()).isEqualTo(107);
    assertThat(assessment.kpis())
        .extracting(k -> k.id().text())
        .containsExactly(
            "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "6.2", "6.3",
            "6.4", "7.1", "7.2");
    assertThat(assessment.summary())
        .containsExactly(
            entry(Rating.ACHIEVED, 10),
            entry(Rating.NEARLY_ACHIEVED, 1),
            entry(Rating.NOT_ACHIEVED, 1),
            entry(Rating.NOT_ASSESSED, 3));
  }

  @Test
  void should_find_nothing_wrong_with_the_results_document() {
    // GIVEN the illustrative results WHEN assessed THEN there is no finding
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.hasErrors()).isFalse();
  }

  @Test
  void should_rate_the_decrease_kpi_by_target_over_actual() {
    // GIVEN KPI 7.2, a budget overrun to keep under 5%
    KpiAssessment overrun = assessment.kpi("7.2").orElseThrow();

    // WHEN assessed THEN 0.05 ÷ 0.03 × 100, rounded half up to the two decimals it is rated at
    assertThat(overrun.achievement()).contains(new BigDecimal("166.67"));
  }
}
