package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneProgressTest {
  private static final Kpi LADDER =
      Kpi.builder()
          .number(1)
          .name("繼續推動建國市場遷建計畫")
          .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
          .evaluationMethod(EvaluationMethod.MILESTONES)
          .measurementStandard("1.完成委託專業技術服務25% … 4.完成攤商搬遷、市場啟用100%")
          .milestones(
              List.of(
                  Milestone.of(1, "完成委託專業技術服務", "25%"),
                  Milestone.of(2, "完成工程招標", "50%"),
                  Milestone.of(3, "工程完工", "75%"),
                  Milestone.of(4, "完成攤商搬遷、市場啟用", "100%")))
          .target("100%")
          .build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"3|0.75", "工程完工|0.75", "完成攤商搬遷、 市場啟用|1", "60%|0.6", "0.6|0.6", "5|", "工程開工|", "3件|"})
  void should_name_the_progress_of_a_step_by_number_text_or_percentage(
      String written, BigDecimal progress) {
    // GIVEN the market's four-step ladder  WHEN a target or actual names a step
    // THEN its progress, or none for a step the ladder lacks
    if (progress == null) {
      assertThat(LADDER.progressOf(QuantityText.of(written))).isEmpty();
    } else {
      assertThat(LADDER.progressOf(QuantityText.of(written)))
          .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(progress));
    }
  }

  @Test
  void should_name_no_progress_for_a_kpi_without_milestones() {
    Kpi plain = Kpi.builder().from(LADDER).milestones(List.of()).build();
    assertThat(plain.progressOf(QuantityText.of("70%"))).isEmpty();
  }

  @Test
  void should_refuse_what_can_never_be_right_in_the_additions() {
    assertThatIllegalArgumentException().isThrownBy(() -> Milestone.of(0, "甲", "25%"));
    assertThatIllegalArgumentException().isThrownBy(() -> KpiItem.of(0, "甲", "20篇"));
    assertThatIllegalArgumentException().isThrownBy(() -> YearTarget.of(0, "80%"));
    assertThatIllegalArgumentException().isThrownBy(() -> ItemResult.of(0, "1"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Goal.builder().number(1).title("甲").weight(new BigDecimal("-1")).build())
        .withMessage("Goal.weight must not be negative, got -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Baseline.builder().value(QuantityText.of("1")).rocYear(0).build());
  }
}
