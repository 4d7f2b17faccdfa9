package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetQuantifiedTest {
  private static final String RULE = "target-quantified";

  private static List<Finding> findingsFor(Kpi.Builder kpi) {
    return Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲"), kpi))).findings(RULE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"較前年度增加10%", "3項及5項", "達成", "10%以上", "約100人"})
  void should_warn_of_a_target_that_is_not_one_quantity(String target) {
    // GIVEN KPI 1.2 with a target that is text
    List<Finding> findings = findingsFor(kpi(2, "乙").target(target));
    // WHEN validated, THEN a warning points at the target
    assertThat(findings)
        .extracting(Finding::path, Finding::severity)
        .containsExactly(tuple("/goals/0/kpis/1/target", Severity.WARNING));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"408篇", "2,250人", "533萬人次", "86%", "86％", "1,500 次", "１５００次", "3 達到項數"})
  void should_accept_a_quantity_as_plans_print_it(String target) {
    // GIVEN KPI 1.2 with a quantified target; WHEN validated; THEN no warning
    assertThat(findingsFor(kpi(2, "乙").target(target))).isEmpty();
  }

  @Test
  void should_leave_a_missing_target_to_kpi_target_present() {
    // GIVEN KPI 1.2 without a target; WHEN validated; THEN this rule says nothing
    assertThat(findingsFor(io.github.kpi4j.testing.Plans.kpi(2, "乙"))).isEmpty();
  }

  @Test
  void should_quote_the_target_in_the_message() {
    // GIVEN a target written as a comparison
    List<Finding> findings = findingsFor(kpi(2, "乙").target("較前年度增加10%"));
    // WHEN validated, THEN the message quotes it
    assertThat(findings.get(0).message())
        .isEqualTo(
            "The target of KPI 1.2, 較前年度增加10%, is not one number with a unit,"
                + " so the KPI cannot be assessed");
  }
}
