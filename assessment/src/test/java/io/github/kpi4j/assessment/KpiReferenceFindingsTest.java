package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import org.junit.jupiter.api.Test;

/** Results designate KPIs of the plan, by id or name, once each. */
class KpiReferenceFindingsTest {
  private static final AnnualPlan PLAN =
      plan(
          kpi("提升臺灣整體競爭力，加強經貿政策的溝通", "10", Direction.INCREASE),
          kpi("研修(訂)兩岸條例", "5", Direction.INCREASE));

  @Test
  void should_report_a_result_for_a_kpi_id_the_plan_lacks() {
    // GIVEN a result for KPI 3.1 in a plan with one goal
    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(PLAN, results(actual("3.1", "4")));

    // THEN an error points at the reference, and no KPI has the result
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-kpi-resolves",
                Severity.ERROR,
                "/results/0/kpi",
                "The plan has no KPI 3.1; a result names a KPI by its id (such as 2.3) or by its"
                    + " name as printed."));
    assertThat(assessment.kpis()).allSatisfy(k -> assertThat(k.result()).isEmpty());
  }

  @Test
  void should_suggest_the_kpi_a_shortened_name_means() {
    // GIVEN a result naming a KPI by a shortened name
    // WHEN assessed
    Assessment assessment =
        Assessor.ofDefaults().assess(PLAN, results(actual("1.2", "5"), actual("提升競爭力", "4")));

    // THEN the error at /results/1/kpi suggests the KPI whose name holds it
    assertThat(assessment.findings()).hasSize(1);
    Finding finding = assessment.findings().get(0);
    assertThat(finding.rule()).isEqualTo("result-kpi-resolves");
    assertThat(finding.path()).isEqualTo("/results/1/kpi");
    assertThat(finding.message())
        .isEqualTo("The plan has no KPI 提升競爭力; did you mean 1.1 (提升臺灣整體競爭力，加強經貿政策的溝通)?");
  }

  @Test
  void should_suggest_nothing_for_a_name_unlike_any_kpi() {
    // GIVEN a result naming something unlike any KPI
    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(PLAN, results(actual("國際宣傳", "4")));

    // THEN the finding makes no guess
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("result-kpi-resolves");
              assertThat(f.message()).doesNotContain("did you mean");
            });
  }

  @Test
  void should_resolve_names_whatever_their_width_and_spaces_and_ids_in_full_width() {
    // GIVEN results naming KPIs in another width, with stray spaces, and by a full-width id
    // WHEN assessed
    Assessment assessment =
        Assessor.ofDefaults().assess(PLAN, results(actual("研修（訂） 兩岸條例", "5"), actual("１．１", "10")));

    // THEN both resolve, with no finding
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.kpis()).extracting(KpiAssessment::rating).containsOnly(Rating.ACHIEVED);
  }

  @Test
  void should_report_a_second_result_for_one_kpi_and_assess_the_first() {
    // GIVEN two results for KPI 1.2, one by id and one by name
    // WHEN assessed
    Assessment assessment =
        Assessor.ofDefaults().assess(PLAN, results(actual("1.2", "5"), actual("研修(訂)兩岸條例", "1")));

    // THEN the second is an error pointing at its reference and naming the first
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-unique",
                Severity.ERROR,
                "/results/1/kpi",
                "KPI 1.2 (研修(訂)兩岸條例) already has a result at /results/0; this one is"
                    + " ignored."));
    // AND the first result is the one assessed
    KpiAssessment assessed = assessment.kpi("1.2").orElseThrow();
    assertThat(assessed.resultIndex()).contains(0);
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
    assertThat(assessment.hasErrors()).isTrue();
  }

  @Test
  void should_suggest_kpis_for_the_first_fifty_unknown_references_only() {
    // GIVEN 60 results naming the KPI by a shortened name
    io.github.kpi4j.model.KpiResult[] shortened = new io.github.kpi4j.model.KpiResult[60];
    java.util.Arrays.fill(shortened, actual("提升競爭力", "4"));
    // WHEN assessed
    Assessment assessment = Assessor.ofDefaults().assess(PLAN, results(shortened));
    // THEN each is reported, and the first 50 come with a suggestion
    assertThat(assessment.findings()).hasSize(60);
    assertThat(assessment.findings().subList(0, 50))
        .allMatch(f -> f.message().contains("did you mean"));
    assertThat(assessment.findings().subList(50, 60))
        .noneMatch(f -> f.message().contains("did you mean"));
  }
}
