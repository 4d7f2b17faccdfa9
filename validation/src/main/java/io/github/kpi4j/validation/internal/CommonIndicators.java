package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The two indicators of budget execution that every central agency's plan carries under its common
 * goal (妥適配置預算資源，提升預算執行效率), each with the formula the Executive Yuan prescribes and the wordings
 * plans of other years print for it (RULES.md, {@code common-budget-indicators}, gives the
 * sources).
 */
enum CommonIndicators {
  CAPITAL_BUDGET_EXECUTION(
      "（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%",
      "機關年度資本門預算執行率", "機關資本門預算執行率", "年度資本門預算執行率", "資本門預算執行率"),
  WITHIN_MID_TERM_CEILING(
      "【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%",
      "機關於中程歲出概算額度內編報情形",
      "機關中程歲出概算額度內編報情形",
      "機關於中程歲出概算額度內編報概算數",
      "機關中程歲出概算額度內編報概算數",
      "中程歲出概算額度內編報概算數",
      "中程歲出概算額度內編報情形");

  static final List<CommonIndicators> ALL = List.of(values());

  private final String formula;
  private final List<String> names;

  CommonIndicators(String formula, String... names) {
    this.formula = formula;
    this.names = List.of(names);
  }

  /**
   * @return the name the 107 plans print, which findings use
   */
  String indicatorName() {
    return names.get(0);
  }

  String formula() {
    return formula;
  }

  /**
   * @return the plan's first KPI that carries this indicator under any of its wordings
   */
  Optional<PlanKpi> in(AnnualPlan plan) {
    return firstsIn(plan).stream().findFirst();
  }

  /**
   * @return for each wording of this indicator that the plan uses, in the order of the wordings,
   *     the plan's first KPI of that name
   */
  private List<PlanKpi> firstsIn(AnnualPlan plan) {
    List<PlanKpi> firsts = new ArrayList<>();
    for (String name : names) {
      plan.kpiNamed(name).ifPresent(firsts::add);
    }
    return firsts;
  }

  /**
   * @return the names, as printed, of the plan's KPIs that are common indicators
   */
  static Set<String> namedIn(AnnualPlan plan) {
    // The first KPI of each wording the plan uses: a KPI is a common indicator when the first KPI
    // of its name is one of them, which the plan's index of names tells without comparing names.
    List<PlanKpi> firsts = new ArrayList<>();
    for (CommonIndicators indicator : ALL) {
      firsts.addAll(indicator.firstsIn(plan));
    }
    Set<String> names = new HashSet<>();
    if (firsts.isEmpty()) {
      return names;
    }
    for (PlanKpi kpi : plan.kpis()) {
      if (firsts.contains(plan.firstNamedLike(kpi))) {
        names.add(kpi.kpi().name());
      }
    }
    return names;
  }
}
