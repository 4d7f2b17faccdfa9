package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanYearInRangeTest {
  private static final String RULE = "plan-year-in-range";

  @ParameterizedTest(name = "ROC {0} in range: {1}")
  @CsvSource({
    "1, false",
    "37, false",
    "38, true",
    "107, true",
    "114, true",
    "124, true",
    "125, false",
    "2018, false"
  })
  void should_accept_years_from_38_to_ten_years_ahead(int rocYear, boolean accepted) {
    // GIVEN a plan of that year, checked in ROC 114 (2025)
    // WHEN it is validated
    ValidationReport report = Plans.validate(Plans.builder().rocYear(rocYear).build());
    // THEN only years outside 38–124 are reported, at /rocYear
    if (accepted) {
      assertThat(report.findings(RULE)).isEmpty();
    } else {
      assertThat(report.findings(RULE))
          .extracting(Finding::path, Finding::severity)
          .containsExactly(tuple("/rocYear", Severity.ERROR));
    }
  }

  @Test
  void should_say_which_years_a_plan_can_have() {
    // GIVEN a Gregorian year written where the ROC year belongs
    // WHEN the plan is validated in ROC 114
    ValidationReport report = Plans.validate(Plans.builder().rocYear(2018).build());
    // THEN the message gives the range in both calendars
    assertThat(report.findings(RULE).get(0).message())
        .isEqualTo(
            "The plan's year, ROC 2018, is outside the years a plan can have:"
                + " ROC 38 to 124 (1949 to 2035)");
  }

  @Test
  void should_turn_the_year_in_taipei() {
    // GIVEN a clock at 00:30 on 1 January 2026 in Taipei, still 2025 in UTC
    Clock newYear = Clock.fixed(Instant.parse("2025-12-31T16:30:00Z"), ZoneId.of("UTC"));
    PlanValidator validator = PlanValidator.builder().clock(newYear).build();
    // WHEN a plan of ROC 125 (2036, ten years after 2026) is validated
    ValidationReport report = validator.validate(Plans.builder().rocYear(125).build());
    // THEN it is in range: the ROC year is Taiwan's, whatever zone the clock reports in
    assertThat(report.findings(RULE)).isEmpty();
  }
}
