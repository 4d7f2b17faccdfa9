package io.github.kpi4j.document.internal;

import java.util.function.Function;

/**
 * The names of the document properties a rendered document keeps for what the printed layout has no
 * place for. A KPI's properties are named by the JSON Pointer of the KPI in the plan document, such
 * as {@code kpi4j:/goals/6/kpis/1/direction}.
 */
final class Properties {
  static final String AGENCY_CODE = "kpi4j:agency.code";
  static final String AGENCY_NAME = "kpi4j:agency.name";
  static final String AGENCY_ENGLISH_NAME = "kpi4j:agency.englishName";
  static final String AGENCY_LEVEL = "kpi4j:agency.level";
  static final String ROC_YEAR = "kpi4j:rocYear";
  static final Function<String, String> FORMULA = path -> "kpi4j:" + path + "/formula";
  static final Function<String, String> DIRECTION = path -> "kpi4j:" + path + "/direction";

  private Properties() {}
}
