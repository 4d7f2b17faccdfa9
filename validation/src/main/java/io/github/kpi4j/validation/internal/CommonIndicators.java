package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.Names;
import java.util.List;

/**
 * The two indicators of budget execution that every agency's plan carries under its last goal
 * (妥適配置預算資源，提升預算執行效率), each with the formula the Executive Yuan prescribes.
 */
enum CommonIndicators {
  CAPITAL_BUDGET_EXECUTION("機關年度資本門預算執行率", "（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%"),
  WITHIN_MID_TERM_CEILING("機關於中程歲出概算額度內編報情形", "【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%");

  static final List<CommonIndicators> ALL = List.of(values());

  private final String name;
  private final String formula;

  CommonIndicators(String name, String formula) {
    this.name = name;
    this.formula = formula;
  }

  String indicatorName() {
    return name;
  }

  String formula() {
    return formula;
  }

  /**
   * @return whether a KPI of that name is one of the common indicators
   */
  static boolean isCommon(String kpiName) {
    String normal = Names.normalise(kpiName);
    return ALL.stream().anyMatch(c -> Names.normalise(c.name).equals(normal));
  }
}
