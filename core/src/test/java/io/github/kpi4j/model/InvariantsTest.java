package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvariantsTest {

  @Test
  void should_reject_an_evaluation_system_code_outside_1_to_5() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationSystem.ofCode(6))
        .withMessage("Kpi.evaluationSystem must be a code 1–5 (評估體制), got 6");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationSystem.ofCode(0))
        .withMessage("Kpi.evaluationSystem must be a code 1–5 (評估體制), got 0");
  }

  @Test
  void should_reject_a_kpi_number_below_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Kpi.builder().from(Plans.kpi(1, "n", "1件")).number(0).build())
        .withMessage("Kpi.number must be at least 1, got 0");
  }

  @Test
  void should_reject_a_negative_weight() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Kpi.builder().from(Plans.kpi(1, "n", "1件")).weight(new BigDecimal("-1")).build())
        .withMessage("Kpi.weight must not be negative, got -1");
  }

  @Test
  void should_reject_a_goal_number_below_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Goal.builder().number(0).title("t").build())
        .withMessage("Goal.number must be at least 1, got 0");
  }

  @Test
  void should_reject_a_plan_year_below_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> AnnualPlan.builder().agency(Agency.of("MAC", "大陸委員會")).rocYear(-5).build())
        .withMessage("AnnualPlan.rocYear must be at least 1, got -5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlanResults.builder().agency("MAC").rocYear(0).build())
        .withMessage("PlanResults.rocYear must be at least 1, got 0");
  }

  @Test
  void should_reject_a_kpi_id_part_below_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KpiId.of(0, 1))
        .withMessage("KpiId.goal must be at least 1, got 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KpiId.of(1, 0))
        .withMessage("KpiId.kpi must be at least 1, got 0");
  }

  @Test
  void should_reject_a_result_without_actual_or_variables() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KpiResult.builder().kpi("1.1").build())
        .withMessage("KpiResult for 1.1 needs an actual, variables or items");
  }

  @Test
  void should_name_the_field_of_a_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> Agency.builder().code(null))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> Goal.builder().addKpis((Kpi) null))
        .withMessageContaining("kpis");
    assertThatNullPointerException().isThrownBy(() -> Kpi.builder().name(null)).withMessage("name");
  }

  @Test
  void should_name_the_missing_required_fields() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Agency.builder().code("MAC").build())
        .withMessageContaining("[name]");
    assertThatIllegalStateException()
        .isThrownBy(() -> Kpi.builder().number(1).build())
        .withMessageContaining("name")
        .withMessageContaining("evaluationSystem")
        .withMessageContaining("evaluationMethod")
        .withMessageContaining("measurementStandard");
  }
}
