package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Goal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoalNumberingTest {
  private static final String RULE = "goal-numbering";

  private static Goal numbered(int number) {
    return goal(number, "目標" + number, kpi(1, "指標" + number));
  }

  @ParameterizedTest(name = "goals {0} → findings at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 2 3 | ''",
        "1 3 4 | /goals/1/number",
        "2 3 4 | /goals/0/number",
        "1 2 2 3 | /goals/2/number",
        "2 1 | /goals/0/number /goals/1/number",
        "1 2 3 5 6 8 | /goals/3/number /goals/5/number",
        "1 1 3 | /goals/1/number",
        "3 4 5 | /goals/0/number"
      })
  void should_report_each_goal_whose_number_does_not_follow_the_one_before(
      String numbers, String paths) {
    // GIVEN goals numbered as listed
    Goal[] goals =
        java.util.Arrays.stream(numbers.split(" "))
            .map(n -> numbered(Integer.parseInt(n)))
            .toArray(Goal[]::new);
    // WHEN the plan is validated
    List<Finding> findings = Plans.validate(Plans.withGoals(goals)).findings(RULE);
    // THEN only the goals out of sequence are reported, as errors
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly(paths.isEmpty() ? new String[0] : paths.split(" "));
    assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void should_say_which_number_was_expected() {
    // GIVEN goals 1 and 3
    // WHEN the plan is validated
    List<Finding> findings =
        Plans.validate(Plans.withGoals(numbered(1), numbered(3))).findings(RULE);
    // THEN the message names both numbers
    assertThat(findings.get(0).message())
        .isEqualTo(
            "Goal 3 is out of sequence: goals are numbered 1, 2, 3 … in printed order,"
                + " so this one should be 2");
  }

  @Test
  void should_say_where_each_goal_belongs_when_two_are_swapped() {
    // GIVEN goals printed 2 then 1
    // WHEN the plan is validated
    List<Finding> findings =
        Plans.validate(Plans.withGoals(numbered(2), numbered(1))).findings(RULE);
    // THEN each message names the number its position calls for
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Goal 2 is out of sequence: goals are numbered 1, 2, 3 … in printed order,"
                + " so this one should be 1",
            "Goal 1 is out of sequence: goals are numbered 1, 2, 3 … in printed order,"
                + " so this one should be 2");
  }
}
