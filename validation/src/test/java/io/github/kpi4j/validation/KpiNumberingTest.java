package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiNumberingTest {
  private static final String RULE = "kpi-numbering";

  @Test
  void should_report_a_kpi_whose_number_does_not_follow_the_one_before() {
    // GIVEN goal 2 whose KPIs are numbered 1, 3, 4
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    Plans.goal1(),
                    goal(2, "增進兩岸文教交流", kpi(1, "甲"), kpi(3, "乙"), kpi(4, "丙")),
                    Plans.budgetGoal(3)))
            .findings(RULE);
    // WHEN validated, THEN KPI 2.3 alone is reported, with the id it should have
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/1/kpis/1/number");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "KPI 2.3 is out of sequence: the KPIs of goal 2 are numbered 1, 2, 3 … in printed"
                + " order, so this one should be 2.2");
  }

  @Test
  void should_report_a_goal_whose_kpis_do_not_start_at_1() {
    // GIVEN goal 1 whose only KPI is numbered 2
    List<Finding> findings =
        Plans.validate(Plans.withGoals(goal(1, "目標", kpi(2, "甲")))).findings(RULE);
    // WHEN validated, THEN it is reported
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/0/number");
  }

  @Test
  void should_restart_numbering_in_each_goal() {
    // GIVEN the valid plan, whose goals each number their KPIs from 1
    // WHEN validated, THEN nothing is reported
    assertThat(Plans.validate(Plans.valid()).findings(RULE)).isEmpty();
  }

  @Test
  void should_report_a_repeated_number_once_and_not_the_correct_one_after_it() {
    // GIVEN KPIs numbered 1, 1, 3 in goal 1
    // WHEN the plan is validated
    List<Finding> findings =
        Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲"), kpi(1, "乙"), kpi(3, "丙"))))
            .findings(RULE);
    // THEN only the repeated one is reported, with the number it should carry
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/1/number");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "KPI 1.1 is out of sequence: the KPIs of goal 1 are numbered 1, 2, 3 … in printed"
                + " order, so this one should be 1.2");
  }
}
