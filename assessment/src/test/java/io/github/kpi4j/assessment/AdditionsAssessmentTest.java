package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.ItemResult;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assessment of the format's additions: milestones, composite KPIs, relative targets. */
class AdditionsAssessmentTest {
  /** 臺中市政府經濟發展局 103: 規劃建設亞太花卉拍賣中心, target 70%. */
  private static final Kpi FLOWER_MARKET =
      kpi("規劃建設亞太花卉拍賣中心")
          .evaluationMethod(EvaluationMethod.MILESTONES)
          .milestones(
              List.of(
                  Milestone.of(1, "完成專業規劃委託服務", "25%"),
                  Milestone.of(2, "完成土地規劃", "50%"),
                  Milestone.of(3, "完成第一期工程細部設計", "60%"),
                  Milestone.of(4, "第一期工程開工", "70%"),
                  Milestone.of(5, "第一期工程進度達50%", "80%"),
                  Milestone.of(6, "第一期工程完工", "90%"),
                  Milestone.of(7, "第一期拍賣市場營運", "100%")))
          .target("70%")
          .build();

  /** MOFA 107 KPI 5.1: three items, target 3 達到項數. */
  private static final Kpi COMPOSITE =
      kpi("精進我國際文宣工作")
          .items(
              List.of(
                  KpiItem.of(1, "國際媒體邀訪人均報導篇數", "20篇"),
                  KpiItem.of(2, "投書刊登數", "300"),
                  KpiItem.of(3, "駐外館處刊登數", "400")))
          .target("3 達到項數")
          .build();

  private static KpiAssessment only(Assessment assessment) {
    return assessment.kpis().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4|0.7|4|100.00|achieved",
        "第一期工程開工|0.7|4|100.00|achieved",
        "第一期工程 開工|0.7|4|100.00|achieved",
        "70%|0.7|4|100.00|achieved",
        "75%|0.75|4|107.14|achieved",
        "3|0.6|3|85.71|not-achieved",
        "7|1|7|142.86|achieved",
        "0.65|0.65|3|92.86|nearly-achieved",
      })
  void should_assess_a_milestone_kpi_by_the_progress_of_the_step_reached(
      String reported, String progress, int milestone, String achievement, String rating) {
    // GIVEN the flower market's ladder, target 70%
    // WHEN the step reached is reported by number, text or progress
    KpiAssessment kpi =
        only(Assessor.ofDefaults().assess(plan(FLOWER_MARKET), results(actual("1.1", reported))));
    // THEN the actual is that step's progress, assessed against 70%
    assertThat(kpi.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(progress));
    assertThat(kpi.milestone().map(Milestone::number)).contains(milestone);
    assertThat(kpi.achievement()).contains(new BigDecimal(achievement));
    assertThat(kpi.rating().code()).isEqualTo(rating);
    assertThat(kpi.targetValue()).contains(Quantity.of(new BigDecimal("0.7"), Unit.PERCENT));
  }

  @Test
  void should_take_a_milestone_target_that_names_a_step_as_its_progress() {
    // GIVEN the target written as milestone 4's text, and 5 reached
    Kpi kpi = Kpi.builder().from(FLOWER_MARKET).target("第一期工程開工").build();
    KpiAssessment assessed =
        only(Assessor.ofDefaults().assess(plan(kpi), results(actual("1.1", "5"))));
    // THEN 80% against 70%
    assertThat(assessed.targetValue()).contains(Quantity.of(new BigDecimal("0.7"), Unit.PERCENT));
    assertThat(assessed.achievement()).contains(new BigDecimal("114.29"));
  }

  @Test
  void should_refuse_a_step_the_ladder_lacks() {
    // GIVEN a step no milestone prints
    Assessment assessment =
        Assessor.ofDefaults().assess(plan(FLOWER_MARKET), results(actual("1.1", "第二期工程開工")));
    // THEN an error, and the KPI is not assessed
    assertThat(assessment.findings())
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactly(tuple("result-milestone-resolves", Severity.ERROR, "/results/0/actual"));
    assertThat(assessment.findings().get(0).message())
        .isEqualTo(
            "The actual of KPI 1.1 (規劃建設亞太花卉拍賣中心) is \"第二期工程開工\", which names none of its 7"
                + " milestones: a milestone KPI reports the step reached by its number, its text or"
                + " its progress (such as 70%); the KPI is not assessed.");
    assertThat(only(assessment).rating()).isEqualTo(Rating.NOT_ASSESSED);
  }

  @Test
  void should_count_the_items_met_and_assess_each_item() {
    // GIVEN item actuals of 22篇, 280 and 410
    KpiResult result =
        KpiResult.builder()
            .kpi("1.1")
            .addItems(ItemResult.of(1, "22篇"), ItemResult.of(2, "280"), ItemResult.of(3, "410"))
            .build();
    // WHEN assessed
    KpiAssessment kpi = only(Assessor.ofDefaults().assess(plan(COMPOSITE), results(result)));
    // THEN two items are met, and 2 against 3 items is 66.67%
    assertThat(kpi.actual()).contains(BigDecimal.valueOf(2));
    assertThat(kpi.actualSource()).contains(ActualSource.ITEMS);
    assertThat(kpi.achievement()).contains(new BigDecimal("66.67"));
    assertThat(kpi.rating()).isEqualTo(Rating.NOT_ACHIEVED);
    assertThat(kpi.items())
        .extracting(
            ItemAssessment::number,
            ItemAssessment::met,
            i -> i.achievement().orElse(null),
            ItemAssessment::rating)
        .containsExactly(
            tuple(1, true, new BigDecimal("110.00"), Rating.ACHIEVED),
            tuple(2, false, new BigDecimal("93.33"), Rating.NEARLY_ACHIEVED),
            tuple(3, true, new BigDecimal("102.50"), Rating.ACHIEVED));
  }

  @Test
  void should_prefer_a_given_actual_and_still_assess_the_items() {
    // GIVEN the actual 3 given, with one item's actual
    KpiResult result =
        KpiResult.builder().kpi("1.1").actual("3").addItems(ItemResult.of(2, "310")).build();
    KpiAssessment kpi = only(Assessor.ofDefaults().assess(plan(COMPOSITE), results(result)));
    // THEN the given actual is rated; the item is assessed; the others are not
    assertThat(kpi.actualSource()).contains(ActualSource.GIVEN);
    assertThat(kpi.rating()).isEqualTo(Rating.ACHIEVED);
    assertThat(kpi.items())
        .extracting(ItemAssessment::rating)
        .containsExactly(Rating.NOT_ASSESSED, Rating.ACHIEVED, Rating.NOT_ASSESSED);
  }

  @Test
  void should_report_an_item_the_kpi_lacks_or_repeats_or_cannot_read() {
    // GIVEN items 4, 1, 1 and 2 (this one as a phrase)
    KpiResult result =
        KpiResult.builder()
            .kpi("1.1")
            .addItems(
                ItemResult.of(4, "1"),
                ItemResult.of(1, "22篇"),
                ItemResult.of(1, "23篇"),
                ItemResult.of(2, "大致完成"))
            .build();
    Assessment assessment = Assessor.ofDefaults().assess(plan(COMPOSITE), results(result));
    // THEN each is reported where it stands; item 1 is counted once
    assertThat(assessment.findings())
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            tuple("result-item-resolves", "/results/0/items/0/item"),
            tuple("result-item-resolves", "/results/0/items/2/item"),
            tuple("result-actual-quantified", "/results/0/items/3/actual"));
    assertThat(only(assessment).actual()).contains(BigDecimal.ONE);
  }

  @Test
  void should_assess_a_relative_target_against_the_plans_baseline() {
    // GIVEN 較前年度增加10% from a baseline of 1,200次, and 1,340次 reported
    Kpi kpi = kpi("雙邊協定件數").target("較前年度增加10%").baseline(Baseline.of("1,200次")).build();
    KpiAssessment assessed =
        only(Assessor.ofDefaults().assess(plan(kpi), results(actual("1.1", "1,340次"))));
    // THEN the target is 1,320次 and the KPI achieved
    assertThat(assessed.targetValue())
        .contains(Quantity.of(BigDecimal.valueOf(1320), Unit.of("次")));
    assertThat(assessed.achievement()).contains(new BigDecimal("101.52"));
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_assess_a_relative_decrease_against_a_baseline_the_result_gives() {
    // GIVEN 較前年度減少3% to decrease, without a baseline in the plan
    Kpi kpi = kpi("案件處理天數").target("較前年度減少3%").direction(Direction.DECREASE).build();
    KpiResult result = KpiResult.builder().kpi("1.1").actual("95").baseline("100").build();
    // WHEN the result gives the baseline 100
    Assessment assessment = Assessor.ofDefaults().assess(plan(kpi), results(result));
    // THEN the target is 97, and 95 is at or below it
    assertThat(assessment.findings()).isEmpty();
    assertThat(only(assessment).targetValue()).contains(Quantity.of(BigDecimal.valueOf(97)));
    assertThat(only(assessment).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_assess_a_relative_decrease_as_one_to_decrease_where_the_plan_gives_no_direction() {
    // GIVEN 較前年度減少3% without a direction, and the baseline 100 in the result
    Kpi kpi = kpi("案件處理天數").target("較前年度減少3%").build();
    KpiResult result = KpiResult.builder().kpi("1.1").actual("95").baseline("100").build();
    // WHEN 95 is reported
    KpiAssessment assessed = only(Assessor.ofDefaults().assess(plan(kpi), results(result)));
    // THEN it is assessed as a decrease, as the plan format says: 97 ÷ 95, achieved
    assertThat(assessed.achievement()).contains(new BigDecimal("102.11"));
    assertThat(assessed.rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_not_assess_a_relative_target_without_a_baseline_as_before() {
    // GIVEN no baseline anywhere
    Kpi kpi = kpi("雙邊協定件數").target("較前年度增加10%").build();
    Assessment assessment = Assessor.ofDefaults().assess(plan(kpi), results(actual("1.1", "12")));
    // THEN not assessed, with the note it always had
    assertThat(only(assessment).rating()).isEqualTo(Rating.NOT_ASSESSED);
    assertThat(only(assessment).targetValue()).isEmpty();
    assertThat(assessment.findings())
        .extracting(Finding::rule)
        .containsExactly("result-target-quantified");
  }

  @Test
  void should_warn_of_a_baseline_the_plan_already_gives_or_that_no_target_needs() {
    // GIVEN a plan baseline and a result baseline; and a baseline for an absolute target
    Kpi relative = kpi("雙邊協定件數").target("較前年度增加10%").baseline(Baseline.of("1,200次")).build();
    Kpi absolute = kpi("論文篇數", "408篇", Direction.INCREASE);
    Assessment assessment =
        Assessor.ofDefaults()
            .assess(
                plan(relative, absolute),
                results(
                    KpiResult.builder().kpi("1.1").actual("1,320次").baseline("1,000次").build(),
                    KpiResult.builder().kpi("1.2").actual("410").baseline("400").build()));
    // THEN both are warned of; the plan's baseline is used
    assertThat(assessment.findings())
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactly(
            tuple("result-baseline-used", Severity.WARNING, "/results/0/baseline"),
            tuple("result-baseline-used", Severity.WARNING, "/results/1/baseline"));
    assertThat(assessment.kpis().get(0).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_compare_a_year_without_a_plan_through_the_targets_a_plan_sets_for_it() {
    // GIVEN a 105 plan setting targets for 106 and 107, and a 107 plan
    Kpi planned105 =
        kpi("研蒐情勢報告")
            .target("400篇")
            .targets(List.of(YearTarget.of(106, "404篇"), YearTarget.of(107, "410篇")))
            .build();
    AnnualPlan y105 = plan(105, planned105);
    AnnualPlan y107 = plan(107, kpi("研蒐情勢報告", "420篇", Direction.INCREASE));
    // WHEN compared
    YearComparison comparison = YearComparison.of(List.of(y107, y105));
    // THEN 106 is compared by the 105 plan's target, and 107 by its own plan
    assertThat(comparison.rocYears()).containsExactly(105, 106, 107);
    YearComparison.Row row = comparison.rows().get(0);
    assertThat(row.years())
        .extracting(
            YearComparison.YearEntry::planned,
            e -> e.target().map(QuantityText::text).orElse(null),
            e -> e.change().orElse(null))
        .containsExactly(
            tuple(true, "400篇", null),
            tuple(false, "404篇", BigDecimal.valueOf(4)),
            tuple(true, "420篇", BigDecimal.valueOf(16)));
    assertThat(row.year(106).flatMap(YearComparison.YearEntry::kpi)).isEqualTo(Optional.empty());
  }
}
