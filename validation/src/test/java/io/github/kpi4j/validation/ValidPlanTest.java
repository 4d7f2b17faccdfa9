package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidPlanTest {
  @Test
  void should_find_nothing_in_a_plan_that_breaks_no_rule() {
    // GIVEN the fixture's valid plan
    // WHEN it is validated against every built-in rule
    ValidationReport report = Plans.validate(Plans.valid());
    // THEN there is no finding of any severity
    assertThat(report.findings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }
}
