package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One agency's KPIs lined up across years by name. */
class YearComparisonTest {
  private static final AnnualPlan Y105 =
      plan(
          105,
          kpi("研蒐情勢報告", "400篇", Direction.INCREASE),
          kpi("研修（訂）大陸事務相關法規", "25件", Direction.INCREASE),
          kpi("滿意度", "86%", Direction.INCREASE),
          kpi("諮詢次數", "15次", Direction.INCREASE));
  private static final AnnualPlan Y106 =
      plan(
          106,
          kpi("研蒐情勢報告", "408篇", Direction.INCREASE),
          kpi("滿意度", "較前年度提升", Direction.INCREASE),
          kpi("臨時指標", "3件", Direction.INCREASE),
          kpi("諮詢次數", "15場", Direction.INCREASE));
  private static final AnnualPlan Y107 =
      plan(
          107,
          kpi("研蒐情勢報告", "420篇", Direction.INCREASE),
          kpi("研修(訂) 大陸事務相關法規", "28件", Direction.INCREASE),
          kpi("滿意度", "88%", Direction.INCREASE),
          kpi("諮詢次數", "16場", Direction.INCREASE));

  private static List<Optional<BigDecimal>> changes(YearComparison.Row row) {
    return row.years().stream().map(YearComparison.YearEntry::change).toList();
  }

  @Test
  void should_line_up_kpis_by_name_in_ascending_years_whatever_the_order_given() {
    // GIVEN three years of plans, given out of order
    // WHEN compared
    YearComparison comparison = YearComparison.of(List.of(Y107, Y105, Y106));

    // THEN the years ascend, and each name is one row, in order of first appearance
    assertThat(comparison.agencyCode()).isEqualTo("MAC");
    assertThat(comparison.rocYears()).containsExactly(105, 106, 107);
    assertThat(comparison.rows())
        .extracting(YearComparison.Row::name)
        .containsExactly("研蒐情勢報告", "研修(訂) 大陸事務相關法規", "滿意度", "諮詢次數", "臨時指標");
  }

  @Test
  void should_report_each_years_target_and_its_change_from_the_year_before() {
    // GIVEN three years of plans WHEN compared
    YearComparison.Row row =
        YearComparison.of(List.of(Y105, Y106, Y107)).row("研蒐情勢報告").orElseThrow();

    // THEN each year has its target, and the change from the year before: none, +8, +12
    assertThat(row.years())
        .extracting(e -> e.target().map(QuantityText::text).orElse(null))
        .containsExactly("400篇", "408篇", "420篇");
    assertThat(changes(row))
        .containsExactly(
            Optional.empty(), Optional.of(new BigDecimal("8")), Optional.of(new BigDecimal("12")));
    assertThat(row.year(106).orElseThrow().changePercent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("2"));
    assertThat(row.year(107).orElseThrow().changePercent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("2.941176470588235"));
  }

  @Test
  void should_take_names_in_another_width_for_one_kpi_and_compare_across_a_missing_year() {
    // GIVEN a KPI printed 研修（訂） in 105, absent in 106, printed 研修(訂) in 107
    // WHEN compared
    YearComparison.Row row =
        YearComparison.of(List.of(Y105, Y106, Y107)).row("研修(訂)大陸事務相關法規").orElseThrow();

    // THEN it is one row, absent in 106, named as printed in 107
    assertThat(row.name()).isEqualTo("研修(訂) 大陸事務相關法規");
    assertThat(row.years())
        .extracting(YearComparison.YearEntry::present)
        .containsExactly(true, false, true);
    assertThat(row.year(106).orElseThrow().target()).isEmpty();
    // AND no change can be taken across the year it is absent
    assertThat(changes(row)).containsOnly(Optional.empty());
  }

  @Test
  void should_compare_across_a_year_the_comparison_lacks() {
    // GIVEN only the plans of 105 and 107
    // WHEN compared
    YearComparison comparison = YearComparison.of(List.of(Y105, Y107));

    // THEN 107 is compared with 105: 28 − 25 = 3
    assertThat(comparison.row("研修（訂）大陸事務相關法規").orElseThrow().year(107).orElseThrow().change())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("3"));
  }

  @Test
  void should_give_no_change_where_a_target_is_not_quantified_or_the_unit_differs() {
    // GIVEN a KPI whose 106 target is a phrase, and one whose unit changes from 次 to 場
    YearComparison comparison = YearComparison.of(List.of(Y105, Y106, Y107));

    // WHEN looking at their changes
    // THEN there is none next to the phrase, and none across the change of unit, but 15場 to 16場
    // is one
    assertThat(changes(comparison.row("滿意度").orElseThrow())).containsOnly(Optional.empty());
    assertThat(changes(comparison.row("諮詢次數").orElseThrow()))
        .containsExactly(Optional.empty(), Optional.empty(), Optional.of(BigDecimal.ONE));
  }

  @Test
  void should_give_a_change_of_percentages_as_a_fraction() {
    // GIVEN 86% in 105 and 88% in 107
    // WHEN compared
    YearComparison comparison = YearComparison.of(List.of(Y105, Y107));

    // THEN the change is 0.02, and 2.33% of the previous target
    YearComparison.YearEntry entry = comparison.row("滿意度").orElseThrow().year(107).orElseThrow();
    assertThat(entry.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.02"));
    assertThat(entry.changePercent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("2.325581395348837"));
  }

  @Test
  void should_give_no_change_percent_after_a_zero_target() {
    // GIVEN a target of 0 followed by 5
    YearComparison comparison =
        YearComparison.of(
            List.of(
                plan(105, kpi("事件數", "0", Direction.DECREASE)),
                plan(106, kpi("事件數", "5", Direction.DECREASE))));

    // WHEN compared THEN the change is 5, with no percent of nothing
    YearComparison.YearEntry entry = comparison.rows().get(0).year(106).orElseThrow();
    assertThat(entry.change()).contains(new BigDecimal("5"));
    assertThat(entry.changePercent()).isEmpty();
  }

  @Test
  void should_have_no_achievement_or_rating_when_comparing_plans() {
    // GIVEN plans only WHEN compared THEN the entries have no assessment
    YearComparison comparison = YearComparison.of(List.of(Y105, Y107));
    assertThat(comparison.rows())
        .flatMap(YearComparison.Row::years)
        .allSatisfy(
            e -> {
              assertThat(e.achievement()).isEmpty();
              assertThat(e.rating()).isEmpty();
            });
  }

  @Test
  void should_add_each_years_achievement_and_rating_when_comparing_assessments() {
    // GIVEN assessments of 105 and 107, the report KPI reported in both years
    Assessment a105 = Assessor.ofDefaults().assess(Y105, results(105, actual("研蒐情勢報告", "380")));
    Assessment a107 =
        Assessor.ofDefaults()
            .assess(Y107, results(107, actual("1.1", "420"), actual("1.3", "0.80")));

    // WHEN compared
    YearComparison comparison = YearComparison.ofAssessments(List.of(a107, a105));

    // THEN each year carries the achievement and rating of that year
    YearComparison.Row reports = comparison.row("研蒐情勢報告").orElseThrow();
    assertThat(reports.years())
        .extracting(e -> e.rating().orElseThrow())
        .containsExactly(Rating.NEARLY_ACHIEVED, Rating.ACHIEVED);
    assertThat(reports.year(105).orElseThrow().achievement())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("95"));
    assertThat(reports.year(107).orElseThrow().change())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("20"));
    YearComparison.Row satisfaction = comparison.row("滿意度").orElseThrow();
    assertThat(satisfaction.years())
        .extracting(e -> e.rating().orElseThrow())
        .containsExactly(Rating.NOT_ASSESSED, Rating.NEARLY_ACHIEVED);
  }

  @Test
  void should_rate_nothing_in_a_year_whose_plan_lacks_the_kpi() {
    // GIVEN assessments of 106 and 107, the temporary KPI only in 106
    YearComparison comparison =
        YearComparison.ofAssessments(
            List.of(
                Assessor.ofDefaults().assess(Y106, results(106)),
                Assessor.ofDefaults().assess(Y107, results(107))));

    // WHEN looking at the temporary KPI THEN 107 has neither KPI nor rating
    YearComparison.YearEntry entry = comparison.row("臨時指標").orElseThrow().year(107).orElseThrow();
    assertThat(entry.present()).isFalse();
    assertThat(entry.rating()).isEmpty();
  }

  @Test
  void should_reject_plans_of_two_agencies_two_plans_of_one_year_and_no_plan() {
    // GIVEN lists that cannot make a comparison WHEN compared THEN each is a programming error
    AnnualPlan mofa = AnnualPlan.builder().from(Y106).agency(Agency.of("MOFA", "外交部")).build();
    assertThatThrownBy(() -> YearComparison.of(List.of(Y105, mofa)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAC")
        .hasMessageContaining("MOFA");
    assertThatThrownBy(() -> YearComparison.of(List.of(Y105, Y105)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("105");
    assertThatThrownBy(() -> YearComparison.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static PlanResults results(int rocYear, io.github.kpi4j.model.KpiResult... results) {
    return PlanResults.builder().agency("MAC").rocYear(rocYear).addResults(results).build();
  }
}
