package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules of the format's additions: items and milestones numbered, milestone progress rising,
 * composite targets, relative targets without a baseline, common goals.
 */
class PlanAdditionsRulesTest {
  /** The ladder 臺中市政府經濟發展局 103 prints for 規劃建設亞太花卉拍賣中心, target 70%. */
  static final List<Milestone> FLOWER_MARKET =
      List.of(
          Milestone.of(1, "完成專業規劃委託服務", "25%"),
          Milestone.of(2, "完成土地規劃", "50%"),
          Milestone.of(3, "完成第一期工程細部設計", "60%"),
          Milestone.of(4, "第一期工程開工", "70%"),
          Milestone.of(5, "第一期工程進度達50%", "80%"),
          Milestone.of(6, "第一期工程完工", "90%"),
          Milestone.of(7, "第一期拍賣市場營運", "100%"));

  private static Kpi.Builder ladder(List<Milestone> milestones, String target) {
    return kpi(1, "規劃建設亞太花卉拍賣中心")
        .evaluationMethod(EvaluationMethod.MILESTONES)
        .measurementStandard("1.完成專業規劃委託服務(25%) … 7.第一期拍賣市場營運(100%)")
        .milestones(milestones)
        .target(target);
  }

  private static List<Finding> findings(String rule, Kpi.Builder kpi) {
    return Plans.validate(Plans.withGoals(goal(1, "營造發展利基", kpi), Plans.budgetGoal(2)))
        .findings(rule);
  }

  @Test
  void should_accept_the_ladder_of_a_city_bureau() {
    // GIVEN the flower market's seven steps, target 70%
    // WHEN validated, THEN no rule of the additions, nor target-quantified, has anything to say
    AnnualPlan plan =
        Plans.withGoals(goal(1, "營造發展利基", ladder(FLOWER_MARKET, "70%")), Plans.budgetGoal(2));
    assertThat(Plans.validate(plan).findings()).isEmpty();
  }

  @Test
  void should_accept_a_milestone_target_that_names_a_milestone() {
    // GIVEN targets naming milestone 4 by its number and by its text
    // WHEN validated, THEN neither is reported as unquantified
    assertThat(findings("target-quantified", ladder(FLOWER_MARKET, "4"))).isEmpty();
    assertThat(findings("target-quantified", ladder(FLOWER_MARKET, "第一期工程開工"))).isEmpty();
    assertThat(findings("target-quantified", ladder(FLOWER_MARKET, "第二期工程開工")))
        .extracting(Finding::path)
        .containsExactly("/goals/0/kpis/0/target");
  }

  @Test
  void should_report_milestones_out_of_sequence() {
    // GIVEN milestones numbered 1, 3, 4
    List<Milestone> ladder =
        List.of(
            Milestone.of(1, "甲", "25%"), Milestone.of(3, "乙", "50%"), Milestone.of(4, "丙", "100%"));
    // WHEN validated, THEN milestone 3 is reported once: it should be 2
    assertThat(findings("milestone-numbering", ladder(ladder, "50%")))
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/kpis/0/milestones/1/number",
                Severity.ERROR,
                "Milestone 3 of KPI 1.1 is out of sequence: the milestones of a ladder are numbered"
                    + " 1, 2, 3 … in printed order, so this one should be 2"));
  }

  @Test
  void should_report_items_out_of_sequence() {
    // GIVEN items numbered 1, 1
    Kpi.Builder kpi =
        kpi(1, "精進我國際文宣工作")
            .items(List.of(KpiItem.of(1, "投書刊登數", "300篇"), KpiItem.of(1, "駐外館處刊登數", "400篇")))
            .target("2 達到項數");
    // WHEN validated, THEN the second is reported
    assertThat(findings("item-numbering", kpi))
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/kpis/0/items/1/number",
                "Item 1 of KPI 1.1 is out of sequence: the items of a composite KPI are numbered 1,"
                    + " 2, 3 … in printed order, so this one should be 2"));
  }

  @Test
  void should_report_progress_that_does_not_rise_or_passes_100_or_is_no_percentage() {
    // GIVEN a ladder 25%, 50%, 40%, 一半, 120%
    List<Milestone> ladder =
        List.of(
            Milestone.of(1, "甲", "25%"),
            Milestone.of(2, "乙", "50%"),
            Milestone.of(3, "丙", "40%"),
            Milestone.of(4, "丁", "一半"),
            Milestone.of(5, "戊", "120%"));
    // WHEN validated, THEN the fall, the text and the last step are each reported once
    assertThat(findings("milestone-progress-rising", ladder(ladder, "50%")))
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/kpis/0/milestones/2/progress",
                "Milestone 3 of KPI 1.1 is worth 40%, no more than milestone 2 before it (50%):"
                    + " progress rises along the ladder"),
            tuple(
                "/goals/0/kpis/0/milestones/3/progress",
                "The progress of milestone 4 of KPI 1.1, 一半, is not a percentage such as 25%"),
            tuple(
                "/goals/0/kpis/0/milestones/4/progress",
                "The last milestone of KPI 1.1, 5, is worth 120%: progress ends at 100% at most"));
  }

  @Test
  void should_warn_of_a_composite_target_above_its_number_of_items() {
    // GIVEN MOFA 5.1's three items with a target of 4 items met
    Kpi.Builder kpi =
        kpi(1, "精進我國際文宣工作")
            .items(
                List.of(
                    KpiItem.of(1, "國際媒體邀訪人均報導篇數", "20篇"),
                    KpiItem.of(2, "投書刊登數", "300"),
                    KpiItem.of(3, "駐外館處刊登數", "400")));
    // WHEN validated with 3 and with 4, THEN only 4 is reported
    assertThat(findings("composite-target-items", kpi.target("3 達到項數"))).isEmpty();
    assertThat(findings("composite-target-items", kpi.target("4 達到項數")))
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/kpis/0/target",
                Severity.WARNING,
                "The target of KPI 1.1, 4 達到項數, counts items met, but the KPI has only 3 items"));
  }

  @Test
  void should_say_that_a_relative_target_without_a_baseline_cannot_be_assessed() {
    // GIVEN a target of 較前年度增加10%, without a baseline and with one
    Kpi.Builder kpi = kpi(1, "雙邊協定件數").target("較前年度增加10%");
    // WHEN validated
    List<Finding> without = findings("relative-target-baseline", kpi);
    Kpi.Builder based = kpi(1, "雙邊協定件數").target("較前年度增加10%").baseline(Baseline.of("1,200次"));
    // THEN the missing baseline is reported where it belongs, and target-quantified reports the
    // target as before; with a baseline neither has anything to say
    assertThat(without)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/kpis/0/baseline",
                "The target of KPI 1.1, 較前年度增加10%, is relative to an earlier year, but the"
                    + " plan gives no baseline: the plan cannot be assessed on it unless a results"
                    + " document gives the baseline"));
    assertThat(findings("target-quantified", kpi)).hasSize(1);
    assertThat(findings("relative-target-baseline", based)).isEmpty();
    assertThat(findings("target-quantified", based)).isEmpty();
  }

  @Test
  void should_not_ask_a_local_plan_for_the_central_common_indicators() {
    // GIVEN a city bureau's plan without the common indicators
    AnnualPlan plan =
        Plans.builder()
            .agency(
                Agency.builder().code("TCEDB").name("臺中市政府經濟發展局").level(AgencyLevel.LOCAL).build())
            .goals(List.of(Plans.goal1()))
            .build();
    // WHEN validated, THEN neither common-indicator rule reports anything
    ValidationReport report = Plans.validate(plan);
    assertThat(report.findings("common-budget-indicators")).isEmpty();
    assertThat(report.findings("common-goal-indicators")).isEmpty();
    // AND the same plan as a central one lacks both
    AnnualPlan central = Plans.builder().goals(List.of(Plans.goal1())).build();
    assertThat(Plans.validate(central).findings("common-budget-indicators")).hasSize(2);
  }

  @Test
  void should_recognise_the_wordings_of_other_years() {
    // GIVEN the indicators as other years print them: without 於, and ending 編報概算數
    for (String wording : List.of("機關中程歲出概算額度內編報情形", "機關於中程歲出概算額度內編報概算數", "機關中程歲出概算額度內編報概算數")) {
      Goal budget =
          Goal.builder()
              .from(
                  goal(
                      3,
                      "妥適配置預算資源，提升預算執行效率",
                      Plans.capitalBudget(1),
                      Plans.ceiling(2).name(wording)))
              .common(true)
              .build();
      // WHEN validated, THEN the indicator is found, and is a common indicator for every rule
      ValidationReport report =
          Plans.validate(
              Plans.builder().goals(List.of(Plans.goal1(), Plans.goal2(), budget)).build());
      assertThat(report.findings()).as(wording).isEmpty();
    }
  }

  @Test
  void should_suggest_the_nearest_kpi_for_a_missing_indicator() {
    // GIVEN the mid-term indicator renamed beyond the known wordings
    Goal budget =
        Goal.builder()
            .from(
                goal(
                    7,
                    "妥適配置預算資源，提升預算執行效率",
                    Plans.capitalBudget(1),
                    Plans.ceiling(2).name("機關於中程歲出概算額度內編報比率")))
            .number(3)
            .common(true)
            .build();
    // WHEN validated, in English and in Chinese
    AnnualPlan plan = Plans.builder().goals(List.of(Plans.goal1(), Plans.goal2(), budget)).build();
    List<Finding> english = Plans.validate(plan).findings("common-budget-indicators");
    List<Finding> chinese =
        PlanValidator.builder()
            .clock(Plans.CLOCK)
            .locale(Locale.TRADITIONAL_CHINESE)
            .build()
            .validate(plan)
            .findings("common-budget-indicators");
    // THEN the message suggests that KPI, never the other indicator
    assertThat(english)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals",
                "The plan lacks the KPI 機關於中程歲出概算額度內編報情形, one of the two common"
                    + " indicators of budget execution that every agency's plan carries; did you"
                    + " mean KPI 3.2 機關於中程歲出概算額度內編報比率?"));
    assertThat(chinese)
        .extracting(Finding::message)
        .containsExactly(
            "本計畫缺少關鍵績效指標「機關於中程歲出概算額度內編報情形」，這是各機關施政計畫皆列的兩項預算執行共同性指標之一；"
                + "是否指關鍵績效指標3.2「機關於中程歲出概算額度內編報比率」？");
  }

  @Test
  void should_note_common_indicators_in_a_goal_not_marked_common_and_a_common_goal_without_them() {
    // GIVEN the budget goal unmarked, and goal 1 marked common
    Goal unmarked = goal(3, "妥適配置預算資源，提升預算執行效率", Plans.capitalBudget(1), Plans.ceiling(2));
    Goal marked = Goal.builder().from(Plans.goal1()).common(true).build();
    // WHEN validated
    List<Finding> findings =
        Plans.validate(Plans.builder().goals(List.of(marked, Plans.goal2(), unmarked)).build())
            .findings("common-goal-indicators");
    // THEN each goal is reported once, at its common
    assertThat(findings)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/common",
                Severity.INFO,
                "Goal 1 is marked common (共同性目標), but holds none of the common indicators of budget"
                    + " execution"),
            tuple(
                "/goals/2/common",
                Severity.INFO,
                "Goal 3 holds the common indicators 3.1 機關年度資本門預算執行率, 3.2"
                    + " 機關於中程歲出概算額度內編報情形, but is not marked common (共同性目標)"));
  }
}
