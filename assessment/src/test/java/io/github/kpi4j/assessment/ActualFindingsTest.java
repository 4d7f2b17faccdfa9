package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a given actual says: one quantity, in its target's unit, for a quantified target. */
class ActualFindingsTest {

  private static Assessment assess(String target, String actual) {
    return Assessor.ofDefaults()
        .assess(plan(kpi("論文篇數", target, Direction.INCREASE)), results(actual("1.1", actual)));
  }

  @Test
  void should_report_an_actual_that_is_not_one_quantity() {
    // GIVEN an actual written as a phrase
    // WHEN assessed
    Assessment assessment = assess("408篇", "約400篇");

    // THEN an error points at the actual
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-actual-quantified",
                Severity.ERROR,
                "/results/0/actual",
                "The actual of KPI 1.1 (論文篇數) is \"約400篇\", which is not one number with an"
                    + " optional unit (such as 415, 88% or 2,300人); the KPI is assessed from its"
                    + " variables if it can be, else not at all."));
  }

  @Test
  void should_warn_of_an_actual_in_another_unit_than_its_target_and_compare_the_numbers() {
    // GIVEN a target in 篇 and an actual in 人
    // WHEN assessed
    Assessment assessment = assess("408篇", "415人");

    // THEN a warning points at the actual
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-unit-matches",
                Severity.WARNING,
                "/results/0/actual",
                "The actual of KPI 1.1 (論文篇數) is in 人, but its target 408篇 is in 篇; the numbers"
                    + " are compared as they are."));
    // AND the numbers are still compared
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_warn_of_a_percentage_against_a_counted_target() {
    // GIVEN a target in 篇 and an actual in percent
    // WHEN assessed
    Assessment assessment = assess("408篇", "88%");

    // THEN it is a unit mismatch
    assertThat(assessment.findings())
        .extracting(Finding::rule)
        .containsExactly("result-unit-matches");
  }

  @ParameterizedTest(name = "target {0}, actual {1}")
  @CsvSource({
    "408篇, 415",
    "408篇, 415篇",
    "408, 415篇",
    "91%, 0.93",
    "91%, 93%",
    "91%, 93％",
    "533萬人次, 540萬人次",
    "533萬人次, '5,400,000人次'"
  })
  void should_accept_a_plain_number_or_the_same_unit(String target, String actual) {
    // GIVEN an actual without a unit, or in its target's unit (萬 being part of the number)
    // WHEN assessed
    Assessment assessment = assess(target, actual);

    // THEN there is nothing to report
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_note_a_result_for_a_kpi_whose_target_is_not_one_quantity() {
    // GIVEN a target written as a phrase
    // WHEN a result is given for it
    Assessment assessment = assess("較前年度增加10%", "12%");

    // THEN an info finding explains why it is not assessed
    assertThat(assessment.findings())
        .containsExactly(
            Finding.of(
                "result-target-quantified",
                Severity.INFO,
                "/results/0",
                "KPI 1.1 (論文篇數) has a result, but its target \"較前年度增加10%\" is not one"
                    + " quantity, so it is not assessed."));
    assertThat(assessment.hasErrors()).isFalse();
  }

  @Test
  void should_note_a_result_for_a_kpi_without_a_target() {
    // GIVEN a KPI without a target
    // WHEN a result is given for it
    Assessment assessment =
        Assessor.ofDefaults().assess(plan(kpi("論文篇數").build()), results(actual("1.1", "3")));

    // THEN an info finding says the plan gives no target
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("result-target-quantified");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("the plan gives it no target");
            });
  }
}
