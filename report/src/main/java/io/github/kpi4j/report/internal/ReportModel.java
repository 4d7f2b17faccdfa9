package io.github.kpi4j.report.internal;

import java.util.List;

/**
 * What the templates show, already in words and numbers: every text is as the report prints it,
 * every {@code id} an HTML id made by the report (never from the plans' text), every {@code href} a
 * fragment link to such an id. A {@code null} component means "nothing to show".
 *
 * <p>Public only because the generated templates live in another package of this module.
 */
public final class ReportModel {
  private ReportModel() {}

  /** The whole document. */
  public record Report(
      String lang,
      String title,
      Labels t,
      String css,
      List<Link> contents,
      List<AgencySection> agencies) {}

  /** One agency: its plans by year and, with several years, its trend. */
  public record AgencySection(String id, String heading, List<PlanSection> plans, Trend trend) {}

  /** One plan, with its assessment where there is one. */
  public record PlanSection(
      String id,
      String heading,
      String title,
      String agency,
      String year,
      List<String> preamble,
      List<GoalSection> goals,
      List<ProgrammeRow> programmes,
      Summary summary,
      List<FindingItem> findings,
      String findingsId,
      boolean assessed) {}

  /** One goal and its rows of the KPI table. */
  public record GoalSection(
      String id,
      String number,
      String title,
      String weight,
      boolean common,
      List<String> strategies,
      List<KpiRow> kpis,
      Summary summary) {}

  /** One row of the KPI table. */
  public record KpiRow(
      String id,
      String kpiId,
      String name,
      boolean core,
      String system,
      String systemMeaning,
      String method,
      List<Segment> standard,
      String formula,
      String target,
      String weight,
      String direction,
      List<Link> programmes,
      List<String> midTermProgrammes,
      List<String> details,
      Outcome outcome,
      List<FindingRef> findings) {}

  /** A run of a measurement standard: the formula's run is highlighted. */
  public record Segment(String text, boolean formula) {}

  /** A KPI assessed. */
  public record Outcome(
      Light light,
      String actual,
      String actualSource,
      String achievement,
      int bar,
      List<Input> inputs,
      String note) {}

  /** A value given for a formula variable. */
  public record Input(String name, String value) {}

  /** A rating as a light: {@code code} picks its shape and colour, {@code label} says it. */
  public record Light(String code, String label) {}

  /** A link inside the document. */
  public record Link(String href, String text) {}

  /** One row of the programmes table. */
  public record ProgrammeRow(
      String id,
      String number,
      String workProgramme,
      String item,
      String category,
      String budget,
      List<String> content,
      List<Link> kpis,
      List<String> unresolved,
      List<FindingRef> findings) {}

  /** A finding in the list of findings, linked to what it is about. */
  public record FindingItem(
      String id,
      String severity,
      String severityLabel,
      String rule,
      String source,
      String pointer,
      String message,
      Link about) {}

  /** A finding beside the value it is about, linked to its entry in the list. */
  public record FindingRef(String href, String severity, String severityLabel, String message) {}

  /** How many KPIs have each rating. */
  public record Summary(List<Count> counts, int total) {}

  /** One rating's count. */
  public record Count(Light light, int count, String percent, int bar) {}

  /** One agency across years. */
  public record Trend(String id, List<String> years, List<TrendRow> rows) {}

  /** One KPI across years. */
  public record TrendRow(String id, String name, Chart chart, List<TrendCell> cells) {}

  /** One KPI in one year. */
  public record TrendCell(
      String year, Link kpi, String target, String actual, Light light, String change) {}

  /** A chart of targets and actuals by year, as SVG geometry. */
  public record Chart(
      int width,
      int height,
      String label,
      String unit,
      List<Tick> yTicks,
      List<Tick> xTicks,
      String targetLine,
      String actualLine,
      List<Mark> marks,
      int plotLeft,
      int plotRight,
      int plotTop,
      int plotBottom) {}

  /** An axis label at a position. */
  public record Tick(String text, int x, int y) {}

  /**
   * One year's mark: where its target and its actual stand ({@code hasTarget}, {@code hasActual}),
   * or at the axis with neither.
   */
  public record Mark(
      String year,
      int x,
      boolean hasTarget,
      int targetY,
      boolean hasActual,
      int actualY,
      int axisY,
      String title) {}
}
