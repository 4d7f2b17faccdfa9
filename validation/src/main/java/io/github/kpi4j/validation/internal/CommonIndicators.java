package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
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
  private final List<String> normalNames;

  CommonIndicators(String formula, String... names) {
    this.formula = formula;
    this.names = List.of(names);
    this.normalNames = this.names.stream().map(Names::normalise).toList();
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
    for (String name : names) {
      Optional<PlanKpi> kpi = plan.kpiNamed(name);
      if (kpi.isPresent()) {
        return kpi;
      }
    }
    return Optional.empty();
  }

  /**
   * @return the names, as printed, of the plan's KPIs that are common indicators
   */
  static Set<String> namedIn(AnnualPlan plan) {
    Set<String> names = new HashSet<>();
    for (PlanKpi kpi : plan.kpis()) {
      String name = kpi.kpi().name();
      if (isCommon(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * @return whether a KPI of that name is one of the common indicators, in any wording
   */
  private static boolean isCommon(String kpiName) {
    // The name is normalised once, not once per indicator.
    String normal = Names.normalise(kpiName);
    for (CommonIndicators indicator : ALL) {
      if (indicator.normalNames.contains(normal)) {
        return true;
      }
    }
    return false;
  }
}
