package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.EvaluationMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyTargetPercentTest {
  private static final String RULE = "survey-target-percent";

  private static List<Finding> findingsFor(EvaluationMethod method, String target) {
    return Plans.validate(
            Plans.withGoals(
                goal(1, "目標", kpi(1, "甲"), kpi(2, "滿意度").evaluationMethod(method).target(target))))
        .findings(RULE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"4.5分", "86", "300人"})
  void should_warn_of_a_survey_whose_target_is_not_a_percentage(String target) {
    // GIVEN KPI 1.2, evaluated by survey, with a quantity that is not a percentage
    List<Finding> findings = findingsFor(EvaluationMethod.SURVEY, target);
    // WHEN validated, THEN its target is reported
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/1/target");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "KPI 1.2 is evaluated by survey (問卷調查), but its target "
                + target
                + " is not a percentage");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"86%", "86％", "90 %"})
  void should_accept_a_survey_with_a_percentage(String target) {
    assertThat(findingsFor(EvaluationMethod.SURVEY, target)).isEmpty();
  }

  @Test
  void should_not_concern_other_evaluation_methods() {
    // GIVEN statistical data with a count as its target; WHEN validated; THEN nothing
    assertThat(findingsFor(EvaluationMethod.STATISTICAL_DATA, "300人")).isEmpty();
  }

  @Test
  void should_leave_text_targets_to_target_quantified() {
    // GIVEN a survey whose target is text; WHEN validated; THEN this rule says nothing
    assertThat(findingsFor(EvaluationMethod.SURVEY, "滿意度提升")).isEmpty();
  }
}
