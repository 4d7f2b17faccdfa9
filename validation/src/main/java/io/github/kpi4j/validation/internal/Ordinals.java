package io.github.kpi4j.validation.internal;

import java.util.function.IntUnaryOperator;

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
}
