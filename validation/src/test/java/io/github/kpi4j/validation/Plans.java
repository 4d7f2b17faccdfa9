package io.github.kpi4j.validation;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Programme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Test plans: {@link #valid()} breaks no rule at all, and each test changes one thing of it.
 *
 * <p>Its layout: goal 1 (KPIs 1.1, 1.2), goal 2 (KPI 2.1, a survey), goal 3 (the two common budget
 * indicators, 3.1 and 3.2); programme 0 links 1.1 and 1.2 by name, programme 1 links 2.1 by id.
 */
final class Plans {
  static final String CAPITAL_BUDGET = "機關年度資本門預算執行率";
  static final String CAPITAL_BUDGET_FORMULA = "（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%";
  static final String CEILING = "機關於中程歲出概算額度內編報情形";
  static final String CEILING_FORMULA = "【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%";

  /** A fixed day in ROC 114 (2025): the last plan year accepted is 124. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("Asia/Taipei"));

  private Plans() {}

  /**
   * @return a KPI that breaks no rule: statistical data, a target of 10次
   */
  static Kpi.Builder kpi(int number, String name) {
    return io.github.kpi4j.testing.Plans.kpi(number, name).target("10次");
  }

  static Goal goal(int number, String title, Kpi... kpis) {
    return io.github.kpi4j.testing.Plans.goal(number, title, kpis);
  }

  static Goal goal(int number, String title, Kpi.Builder... kpis) {
    return io.github.kpi4j.testing.Plans.goal(number, title, kpis);
  }

  static Programme programme(String item, String... references) {
    return io.github.kpi4j.testing.Plans.programme(item, references);
  }

  static Kpi.Builder capitalBudget(int number) {
    return kpi(number, CAPITAL_BUDGET)
        .measurementStandard(CAPITAL_BUDGET_FORMULA + "（以上各數均含本年度原預算、追加預算及以前年度保留數）")
        .target("91%");
  }

  static Kpi.Builder ceiling(int number) {
    return kpi(number, CEILING).measurementStandard(CEILING_FORMULA).target("5%");
  }

  /**
   * @return the common goal (共同性目標) of budget execution, with its two common indicators
   */
  static Goal budgetGoal(int number) {
    return Goal.builder()
        .from(goal(number, "妥適配置預算資源，提升預算執行效率", capitalBudget(1), ceiling(2)))
        .common(true)
        .build();
  }

  static Goal goal1() {
    return goal(1, "推動兩岸良性互動與對話溝通", kpi(1, "研蒐情勢評估報告"), kpi(2, "維護兩岸現有機制"));
  }

  static Goal goal2() {
    return goal(
        2, "增進兩岸文教交流", kpi(1, "辦理青年交流活動").evaluationMethod(EvaluationMethod.SURVEY).target("86%"));
  }

  /**
   * @return a plan that breaks no rule
   */
  static AnnualPlan valid() {
    return builder().build();
  }

  /**
   * @return a builder holding {@link #valid()}: setting goals or programmes replaces them
   */
  static AnnualPlan.Builder builder() {
    return io.github.kpi4j.testing.Plans.plan(107)
        .title("大陸委員會 107 年度施政計畫")
        .goals(List.of(goal1(), goal2(), budgetGoal(3)))
        .programmes(
            List.of(programme("兩岸情勢評估", "研蒐情勢評估報告", "維護兩岸現有機制"), programme("文教交流活動之輔導與推動", "2.1")));
  }

  /**
   * @return the valid plan with other goals, and programmes that link every KPI by id
   */
  static AnnualPlan withGoals(Goal... goals) {
    List<String> ids = new ArrayList<>();
    for (Goal goal : goals) {
      for (Kpi kpi : goal.kpis()) {
        ids.add(goal.number() + "." + kpi.number());
      }
    }
    Programme linking = programme("全部", ids.toArray(String[]::new));
    return builder().goals(List.of(goals)).programmes(List.of(linking)).build();
  }

  /**
   * @return the built-in rules, in English, with {@link #CLOCK}
   */
  static PlanValidator validator() {
    return PlanValidator.builder().clock(CLOCK).build();
  }

  static ValidationReport validate(AnnualPlan plan) {
    return validator().validate(plan);
  }
}
