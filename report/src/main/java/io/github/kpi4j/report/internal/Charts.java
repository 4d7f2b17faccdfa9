package io.github.kpi4j.report.internal;

import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.Unit;
import io.github.kpi4j.report.internal.ReportModel.Chart;
import io.github.kpi4j.report.internal.ReportModel.Mark;
import io.github.kpi4j.report.internal.ReportModel.Tick;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A KPI's targets and actuals by year as the geometry of an SVG line chart: one mark per year in
 * which the plan has the KPI, a dashed line through the targets and a solid one through the
 * actuals.
 *
 * <p>Values are drawn in the unit of the first quantified target (percentages in percent); a value
 * in another unit cannot share the axis and is left out of the line, its year's mark standing at
 * the axis with a title that says so.
 */
final class Charts {
  static final int WIDTH = 360;
  static final int HEIGHT = 170;
  private static final int LEFT = 56;
  private static final int RIGHT = WIDTH - 16;
  private static final int TOP = 14;
  private static final int BOTTOM = HEIGHT - 34;
  private static final int INSET = 20;

  private Charts() {}

  /**
   * One year of a KPI: its target and its actual where known.
   *
   * @param year the year as shown
   * @param index the year's position among the years charted
   * @param target the target, or {@code null}
   * @param actual the actual, in the target's terms (a fraction for a percentage), or {@code null}
   */
  record Point(String year, int index, Quantity target, BigDecimal actual) {}

  static Chart chart(
      List<Point> points, int yearCount, List<String> years, String label, Labels t) {
    Unit unit = null;
    for (Point point : points) {
      if (point.target() != null) {
        unit = point.target().unit();
        break;
      }
    }
    boolean percent = unit != null && unit.isPercent();
    List<Double> targets = new ArrayList<>();
    List<Double> actuals = new ArrayList<>();
    double max = 0;
    double min = 0;
    for (Point point : points) {
      Double target =
          point.target() != null && point.target().unit().equals(unit)
              ? scale(point.target().value(), percent)
              : null;
      Double actual =
          point.actual() != null && unit != null ? scale(point.actual(), percent) : null;
      targets.add(target);
      actuals.add(actual);
      for (Double v : new Double[] {target, actual}) {
        if (v != null) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    if (max == min) {
      max = min + 1;
    }
    double top = max + (max - min) * 0.1;
    List<Mark> marks = new ArrayList<>();
    StringBuilder targetLine = new StringBuilder();
    StringBuilder actualLine = new StringBuilder();
    String suffix = percent ? "%" : unit == null ? "" : unit.symbol();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      int x = x(point.index(), yearCount);
      Double target = targets.get(i);
      Double actual = actuals.get(i);
      int ty = target == null ? BOTTOM : y(target, min, top);
      int ay = actual == null ? BOTTOM : y(actual, min, top);
      if (target != null) {
        targetLine.append(targetLine.length() == 0 ? "" : " ").append(x).append(',').append(ty);
      }
      if (actual != null) {
        actualLine.append(actualLine.length() == 0 ? "" : " ").append(x).append(',').append(ay);
      }
      String title =
          t.format(
              "chart.mark",
              point.year(),
              target == null ? t.get("chart.none") : format(target) + suffix,
              actual == null ? t.get("chart.none") : format(actual) + suffix);
      marks.add(new Mark(point.year(), x, target != null, ty, actual != null, ay, BOTTOM, title));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (double v : new double[] {min, (min + top) / 2, top}) {
      yTicks.add(new Tick(format(v) + suffix, LEFT - 6, y(v, min, top) + 4));
    }
    List<Tick> xTicks = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      xTicks.add(new Tick(years.get(i), x(i, yearCount), BOTTOM + 18));
    }
    return new Chart(
        WIDTH,
        HEIGHT,
        label,
        suffix,
        yTicks,
        xTicks,
        targetLine.toString(),
        actualLine.toString(),
        marks,
        LEFT,
        RIGHT,
        TOP,
        BOTTOM);
  }

  private static double scale(BigDecimal value, boolean percent) {
    return (percent ? value.movePointRight(2) : value).doubleValue();
  }

  private static int x(int index, int count) {
    if (count <= 1) {
      return (LEFT + RIGHT) / 2;
    }
    return LEFT + INSET + (int) Math.round(index * (RIGHT - LEFT - 2.0 * INSET) / (count - 1));
  }

  private static int y(double value, double min, double top) {
    return BOTTOM - (int) Math.round((value - min) / (top - min) * (BOTTOM - TOP));
  }

  private static String format(double value) {
    BigDecimal rounded =
        new BigDecimal(value)
            .setScale(
                Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2, RoundingMode.HALF_UP);
    return Text.number(rounded);
  }
}
