package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.PlanKpi;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * Finds where a printed numbering 1, 2, 3 … goes wrong. The n-th item should carry n; an item that
 * does not, but follows on from the item before it, only carries on a shift an earlier finding
 * already reported (1, 3, 4 has one gap, not two), so it is not reported again.
 */
final class Ordinals {
  /** Receives one departure: the 0-based position and the number that belongs there. */
  interface Departure {
    void at(int index, int expected);
  }

  private Ordinals() {}

  /**
   * @param count how many items are numbered
   * @param number the number printed on the item at each 0-based position
   * @param departure receives each position whose number departs from the sequence
   */
  static void check(int count, IntUnaryOperator number, Departure departure) {
    for (int i = 0; i < count; i++) {
      int printed = number.applyAsInt(i);
      boolean inPlace = printed == i + 1;
      boolean followsOn = i > 0 && printed == number.applyAsInt(i - 1) + 1;
      if (!inPlace && !followsOn) {
        departure.at(i, i + 1);
      }
    }
  }

  /**
   * Checks a numbered list of a KPI's, such as its items or its milestones, and reports each
   * departure at the number's path, with the KPI's id, the number printed and the number that
   * belongs there.
   *
   * @param kpi the KPI
   * @param property the list's property in the KPI, such as {@code items}
   * @param list the list
   * @param number the number printed on an element
   * @param reporter where the rule reports
   */
  static <T> void check(
      PlanKpi kpi,
      String property,
      List<T> list,
      ToIntFunction<T> number,
      BuiltInRule.Reporter reporter) {
    check(
        list.size(),
        i -> number.applyAsInt(list.get(i)),
        (i, expected) ->
            reporter.report(
                Paths.kpi(kpi, property + "/" + i + "/number"),
                kpi.id().text(),
                String.valueOf(number.applyAsInt(list.get(i))),
                String.valueOf(expected)));
  }
}
