package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiTargetPresentTest {
  private static final String RULE = "kpi-target-present";

  private static Kpi.Builder withoutTarget(int number, String name) {
    return io.github.kpi4j.testing.Plans.kpi(number, name);
  }

  @Test
  void should_report_a_kpi_without_a_target_where_the_target_belongs() {
    // GIVEN KPI 1.2 without a target
    List<Finding> findings =
        Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲"), withoutTarget(2, "乙"))))
            .findings(RULE);
    // WHEN validated, THEN its target's path is reported
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/1/target");
    assertThat(findings.get(0).message()).isEqualTo("KPI 1.2 has no target (年度目標值)");
  }

  @Test
  void should_report_a_blank_target() {
    // GIVEN KPI 1.1 whose target is only white space
    List<Finding> findings =
        Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲").target(" ")))).findings(RULE);
    // WHEN validated, THEN it is reported
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/0/target");
  }

  @Test
  void should_accept_any_target_text() {
    // GIVEN a target that is text, not a quantity
    List<Finding> findings =
        Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲").target("較前年度增加10%"))))
            .findings(RULE);
    // WHEN validated, THEN this rule is content: a target is there
    assertThat(findings).isEmpty();
  }
}
