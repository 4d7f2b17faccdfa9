package io.github.kpi4j.json.internal;

/**
 * The Chinese names of the parts of a plan, as the printed plans use them. The English messages
 * quote them beside their English names ({@code a KPI (關鍵績效指標, an object)}), the Chinese messages
 * use them alone; both take them as arguments, so that the English catalogue holds no Chinese.
 */
final class Terms {
  static final String GOAL = "施政目標";
  static final String KPI = "關鍵績效指標";
  static final String PROGRAMME = "年度重要計畫";
  static final String TARGET = "年度目標值";
  static final String EVALUATION_SYSTEM = "評估體制";
  static final String EVALUATION_METHOD = "評估方式";
  static final String CATEGORY = "計畫類別";

  /** A budget as printed, for an example. */
  static final String BUDGET_EXAMPLE = "12,345千元";

  /** A quantity text, for an example. */
  static final String QUANTITY_EXAMPLE = "2,300人";

  private Terms() {}
}
