package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonBudgetIndicatorsTest {
  private static final String RULE = "common-budget-indicators";

  @Test
  void should_warn_of_a_plan_without_one_of_the_common_indicators() {
    // GIVEN a budget goal with only the capital budget indicator
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    Plans.goal1(), Plans.goal2(), goal(3, "妥適配置預算資源", Plans.capitalBudget(1))))
            .findings(RULE);
    // WHEN validated, THEN the missing one is named, at /goals
    assertThat(findings)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/goals",
                Severity.WARNING,
                "The plan lacks the KPI 機關於中程歲出概算額度內編報情形, one of the two common"
                    + " indicators of budget execution that every agency's plan carries"));
  }

  @Test
  void should_warn_of_each_missing_indicator() {
    // GIVEN a plan without a budget goal
    List<Finding> findings =
        Plans.validate(Plans.withGoals(Plans.goal1(), Plans.goal2())).findings(RULE);
    // WHEN validated, THEN both are reported, in the order plans print them
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).message()).contains(Plans.CAPITAL_BUDGET);
    assertThat(findings.get(1).message()).contains(Plans.CEILING);
  }

  @Test
  void should_find_the_indicators_by_name_in_any_goal_and_width() {
    // GIVEN the indicators under goal 1, one printed with spaces
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(
                        1,
                        "預算",
                        Plans.capitalBudget(1).name("機關年度 資本門預算執行率"),
                        Plans.ceiling(2))))
            .findings(RULE);
    // WHEN validated, THEN both are found
    assertThat(findings).isEmpty();
  }
}
