package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.PlanResults;
import org.junit.jupiter.api.Test;

/** A results document is for its plan's agency and year. */
class DocumentIdentityFindingsTest {
  private static final AnnualPlan PLAN = plan(kpi("甲", "10", Direction.INCREASE));

  private static PlanResults resultsFor(String agency, int rocYear) {
    return PlanResults.builder()
        .agency(agency)
        .rocYear(rocYear)
        .addResults(actual("1.1", "10"))
        .build();
  }

  @Test
  void should_report_results_of_another_agency() {
    // GIVEN MOFA's results against MAC's plan
    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(PLAN, resultsFor("MOFA", 107));

    // THEN an error points at /agency; the KPIs are still assessed
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "results-agency-matches",
                Severity.ERROR,
                "/agency",
                "The results document is for agency MOFA, but the plan belongs to 大陸委員會 (MAC)."));
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_report_results_of_another_year() {
    // GIVEN results of 108 against the 107 plan
    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(PLAN, resultsFor("MAC", 108));

    // THEN an error points at /rocYear
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "results-year-matches",
                Severity.ERROR,
                "/rocYear",
                "The results document is for year 108, but the plan is for year 107."));
  }

  @Test
  void should_take_an_agency_code_in_another_case_or_width_for_the_same() {
    // GIVEN the agency code written in lower case and full width
    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(PLAN, resultsFor("ｍａｃ", 107));

    // THEN there is nothing to report
    assertThat(assessment.findings()).isEmpty();
  }
}
