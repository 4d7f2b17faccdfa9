package io.github.kpi4j.cli;

import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The columns of {@code export}: one row per KPI, the same names as CSV headings and as JSON keys.
 * A value is a String, an Integer, a BigDecimal, a list of strings, or {@code null} where the plan
 * gives nothing.
 */
enum KpiColumn {
  /** The plan document, as the user named it. */
  PLAN("plan", (file, plan, kpi, formula) -> file),
  /** The agency's code, such as MAC. */
  AGENCY_CODE("agencyCode", (file, plan, kpi, formula) -> plan.agency().code()),
  /** The agency's name, such as 大陸委員會. */
  AGENCY_NAME("agencyName", (file, plan, kpi, formula) -> plan.agency().name()),
  /** The plan's year in the ROC calendar, such as 107. */
  ROC_YEAR("rocYear", (file, plan, kpi, formula) -> plan.rocYear()),
  /** The plan's year in the Gregorian calendar, such as 2018. */
  YEAR("year", (file, plan, kpi, formula) -> plan.gregorianYear()),
  /** The goal's number. */
  GOAL("goal", (file, plan, kpi, formula) -> kpi.goal().number()),
  /** The goal as printed. */
  GOAL_TITLE("goalTitle", (file, plan, kpi, formula) -> kpi.goal().title()),
  /** The KPI's id, such as 2.3. */
  KPI_ID("kpiId", (file, plan, kpi, formula) -> kpi.id().text()),
  /** The KPI's number within its goal. */
  KPI_NUMBER("kpiNumber", (file, plan, kpi, formula) -> kpi.kpi().number()),
  /** The KPI as printed. */
  KPI_NAME("kpiName", (file, plan, kpi, formula) -> kpi.kpi().name()),
  /** 評估體制, 1–5. */
  EVALUATION_SYSTEM(
      "evaluationSystem", (file, plan, kpi, formula) -> kpi.kpi().evaluationSystem().code()),
  /** 評估方式, as a code such as statistical-data. */
  EVALUATION_METHOD(
      "evaluationMethod", (file, plan, kpi, formula) -> kpi.kpi().evaluationMethod().code()),
  /** 衡量標準 as printed. */
  MEASUREMENT_STANDARD(
      "measurementStandard", (file, plan, kpi, formula) -> kpi.kpi().measurementStandard()),
  /** The formula the plan gives, or else the one found in the measurement standard. */
  FORMULA("formula", (file, plan, kpi, formula) -> formula.map(KpiFormula::text).orElse(null)),
  /**
   * Where the formula comes from: {@code plan} (its {@code formula} property) or {@code
   * measurementStandard} (found there); empty where there is none.
   */
  FORMULA_SOURCE(
      "formulaSource",
      (file, plan, kpi, formula) ->
          formula
              .map(f -> f.source() == KpiFormula.Source.PLAN ? "plan" : f.source().property())
              .orElse(null)),
  /** 年度目標值 as printed. */
  TARGET(
      "target",
      (file, plan, kpi, formula) -> kpi.kpi().target().map(QuantityText::text).orElse(null)),
  /** The target's value; a fraction for a percentage; empty where it is not one quantity. */
  TARGET_VALUE(
      "targetValue",
      (file, plan, kpi, formula) ->
          kpi.kpi().target().flatMap(QuantityText::quantity).map(Quantity::value).orElse(null)),
  /** The target's unit: a counting word, % for percent, empty for none. */
  TARGET_UNIT(
      "targetUnit",
      (file, plan, kpi, formula) ->
          kpi.kpi()
              .target()
              .flatMap(QuantityText::quantity)
              .map(Quantity::unit)
              .filter(unit -> !unit.isNone())
              .map(Unit::symbol)
              .orElse(null)),
  /** increase or decrease. */
  DIRECTION("direction", (file, plan, kpi, formula) -> kpi.kpi().direction().code()),
  /** The weight in percent, where the plan prints one. */
  WEIGHT("weight", (file, plan, kpi, formula) -> kpi.kpi().weight().orElse(null)),
  /** 與中長程個案計畫關聯. */
  MID_TERM_PROGRAMMES(
      "midTermProgrammes", (file, plan, kpi, formula) -> kpi.kpi().midTermProgrammes()),
  /** How many of the year's important programmes link the KPI. */
  LINKED_PROGRAMMES(
      "linkedProgrammes", (file, plan, kpi, formula) -> plan.programmesLinking(kpi).size()),
  /** The agency's level: central or local. */
  AGENCY_LEVEL("agencyLevel", (file, plan, kpi, formula) -> plan.agency().level().code()),
  /** Whether the KPI's goal is a common goal (共同性目標): true or false. */
  GOAL_COMMON("goalCommon", (file, plan, kpi, formula) -> kpi.goal().common()),
  /** The goal's weight in percent, where the plan prints one. */
  GOAL_WEIGHT("goalWeight", (file, plan, kpi, formula) -> kpi.goal().weight().orElse(null)),
  /** Whether the plan marks the KPI a core KPI (核心KPI): true or false. */
  CORE("core", (file, plan, kpi, formula) -> kpi.kpi().core()),
  /** How many items a composite KPI has; 0 for any other. */
  ITEMS("items", (file, plan, kpi, formula) -> kpi.kpi().items().size()),
  /** How many milestones a milestone KPI's ladder has; 0 for any other. */
  MILESTONES("milestones", (file, plan, kpi, formula) -> kpi.kpi().milestones().size()),
  /** The baseline of a relative target as printed, where the plan gives one. */
  BASELINE(
      "baseline",
      (file, plan, kpi, formula) -> kpi.kpi().baseline().map(b -> b.value().text()).orElse(null)),
  /** The targets for other years, each as {@code ROC year: target}, such as {@code 108: 80%}. */
  YEAR_TARGETS(
      "yearTargets",
      (file, plan, kpi, formula) ->
          kpi.kpi().targets().stream().map(t -> t.rocYear() + ": " + t.target().text()).toList());

  /** How a column reads its value from a KPI of a plan. */
  @FunctionalInterface
  private interface Cell {
    Object of(String file, AnnualPlan plan, PlanKpi kpi, Optional<KpiFormula> formula);
  }

  private final String heading;
  private final Cell cell;

  KpiColumn(String heading, Cell cell) {
    this.heading = heading;
    this.cell = cell;
  }

  /**
   * @return the CSV heading and JSON key
   */
  String heading() {
    return heading;
  }

  /**
   * @param file the plan's file, as the user named it
   * @param plan the plan
   * @param kpi one of its KPIs
   * @param formula the KPI's formula, read once for the whole row
   * @return the column's value for the KPI
   */
  Object value(String file, AnnualPlan plan, PlanKpi kpi, Optional<KpiFormula> formula) {
    return cell.of(file, plan, kpi, formula);
  }

  /**
   * @param value a value of a column
   * @return it as a CSV field: numbers plain, a list as a JSON array of strings (no separator could
   *     be told from the same character inside a name: {@code ["a; b", "c"]}), an empty list and
   *     {@code null} empty
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return Decimals.plainText((BigDecimal) value);
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        return null;
      }
      StringBuilder array = new StringBuilder("[");
      for (Object item : list) {
        if (array.length() > 1) {
          array.append(", ");
        }
        array.append('"');
        JsonStringEncoder.getInstance().quoteAsString(String.valueOf(item), array);
        array.append('"');
      }
      return array.append(']').toString();
    }
    return value.toString();
  }
}
