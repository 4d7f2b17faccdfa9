package io.github.kpi4j.model;

import java.util.Optional;

/**
 * The algorithm behind {@link AnnualPlan#closestKpi(String)}.
 *
 * <p>References go wrong by being shortened ({@code 提升競爭力} for {@code 提升臺灣整體競爭力，加強經貿政策的溝通}),
 * lengthened, or mistyped, rarely by being reordered; so names are compared, in {@link Names normal
 * form} and by code point, by their longest common subsequence (LCS): the characters both hold in
 * the same order. A KPI is a candidate when the LCS has at least two characters and covers at least
 * half of the shorter of the two names; the candidate with the highest Dice similarity, {@code 2 ×
 * LCS ÷ (length of one + length of the other)}, wins, the first in plan order on a tie.
 */
final class NameSuggestion {
  /**
   * Far longer than any printed KPI name: comparing such a name costs time quadratic in its length,
   * and no one means a KPI by it.
   */
  static final int LONGEST_NAME = 500;

  private NameSuggestion() {}

  static Optional<PlanKpi> closest(AnnualPlan plan, String reference) {
    if (KpiId.parse(reference).isPresent()) {
      return Optional.empty(); // an id that designates no KPI is not a misspelt name
    }
    int[] wanted = Names.normalise(reference).codePoints().toArray();
    if (wanted.length > LONGEST_NAME) {
      return Optional.empty();
    }
    PlanKpi best = null;
    double bestScore = 0;
    for (PlanKpi kpi : plan.kpis()) {
      int[] name = Names.normalise(kpi.kpi().name()).codePoints().toArray();
      if (name.length > LONGEST_NAME) {
        continue;
      }
      int common = longestCommonSubsequence(wanted, name);
      int shorter = Math.min(wanted.length, name.length);
      if (common < 2 || 2 * common < shorter) {
        continue;
      }
      double dice = 2.0 * common / (wanted.length + name.length);
      if (dice > bestScore) {
        best = kpi;
        bestScore = dice;
      }
    }
    return Optional.ofNullable(best);
  }

  static int longestCommonSubsequence(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        current[j] =
            a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }
}
