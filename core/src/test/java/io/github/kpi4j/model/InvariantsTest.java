package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.kpi4j.Limits;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
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
  void should_name_the_missing_required_fields_in_a_null_pointer_exception() {
    // GIVEN builders with required attributes never set
    // WHEN they build THEN the programming error is the JDK's, naming what is missing
    assertThatNullPointerException()
        .isThrownBy(() -> Agency.builder().code("MAC").build())
        .withMessageContaining("[name]");
    assertThatNullPointerException()
        .isThrownBy(() -> Kpi.builder().number(1).build())
        .withMessageContaining("name")
        .withMessageContaining("evaluationSystem")
        .withMessageContaining("evaluationMethod")
        .withMessageContaining("measurementStandard");
  }

  @Test
  void should_refuse_years_beyond_what_the_calendar_conversion_can_hold() {
    // GIVEN the last years java.time represents
    // WHEN a year beyond is converted or built into a plan THEN IllegalArgumentException, no
    // DateTimeException or overflow
    assertThat(AnnualPlan.toGregorianYear(AnnualPlan.MAX_ROC_YEAR)).isEqualTo(999_999_999);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnualPlan.toGregorianYear(Integer.MAX_VALUE))
        .withMessage("rocYear must be at most 999998088, got 2147483647");
    assertThatIllegalArgumentException().isThrownBy(() -> AnnualPlan.toGregorianYear(2147481736));
    assertThatIllegalArgumentException().isThrownBy(() -> AnnualPlan.toRocYear(Integer.MAX_VALUE));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnualPlan.builder().from(Plans.mac()).rocYear(Integer.MAX_VALUE).build())
        .withMessage("AnnualPlan.rocYear must be at most 999998088, got 2147483647");
  }

  @Test
  void should_refuse_numbers_whose_written_form_no_document_can_hold() {
    // GIVEN numbers with an exponent far beyond 100 digits
    // WHEN they are made quantities or weights THEN IllegalArgumentException, with a short message
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.of(new BigDecimal("1e999999999")))
        .withMessage(
            "Quantity.value must have at most 100 digits before and after the decimal point, got"
                + " 1E+999999999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuantityText.of(new BigDecimal("1e-999999999")));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Kpi.builder()
                    .from(Plans.kpi(1, "n", "1件"))
                    .weight(new BigDecimal("1e-150"))
                    .build())
        .withMessageStartingWith("Kpi.weight must have at most 100 digits");
    // AND the limit itself is held
    assertThat(Quantity.of(new BigDecimal("1e-100")).text()).hasSize(102);
  }

  @Test
  void should_refuse_text_that_no_document_can_hold() {
    // GIVEN a lone surrogate, and a text one character over the limit
    // WHEN they are built into the model THEN IllegalArgumentException naming the field
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Agency.of("MAC", "大陸\ud800委員會"))
        .withMessage(
            "Agency.name must be well-formed Unicode text, got a lone surrogate U+D800 at"
                + " character 3");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                AnnualPlan.builder()
                    .from(Plans.mac())
                    .title("題".repeat(Limits.MAX_TEXT_LENGTH + 1))
                    .build())
        .withMessage("AnnualPlan.title must be at most 1000000 characters long, got 1000001");
    assertThatIllegalArgumentException().isThrownBy(() -> QuantityText.of("\udc00"));
    // AND a well-formed pair is text like any other
    assertThat(Agency.of("MAC", "𠀀").name()).isEqualTo("𠀀");
  }
}
