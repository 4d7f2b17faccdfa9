package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.AnnualPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plans of core's shared test fixtures are valid, as their javadoc promises. */
class SharedFixturesTest {

  @ParameterizedTest(name = "{0} KPIs")
  @ValueSource(ints = {1, 2, 12})
  void should_find_nothing_in_a_fixture_plan_of_n_kpis(int count) {
    // GIVEN the shared fixture plan of that many KPIs
    AnnualPlan plan = io.github.kpi4j.testing.Plans.withKpis(count);
    // WHEN it is validated with every built-in rule
    ValidationReport report = Plans.validate(plan);
    // THEN it has that many KPIs, no error, and only the warnings about the common indicators
    assertThat(plan.kpis()).hasSize(count);
    assertThat(report.isValid()).isTrue();
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsOnly("common-budget-indicators");
    assertThat(io.github.kpi4j.testing.Plans.minimal().kpis()).hasSize(1);
  }
}
