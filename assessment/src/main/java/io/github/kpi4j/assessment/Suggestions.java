package io.github.kpi4j.assessment;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.KpiId;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import java.util.Optional;

/**
 * Guesses which KPI an unknown name meant. Results are typed by hand and names are long ({@code
 * 提升臺灣整體競爭力，加強經貿政策的溝通}); people shorten them ({@code 提升競爭力}) or slip a
 * character. A KPI is a candidate when most of the shorter name appears, in order, in the longer
 * one; the best candidate shares the largest part of the longer name.
 */
final class Suggestions {
  /** Below this share of the shorter name in common, a guess would mislead more than help. */
  private static final double LEAST_SHARE = 0.8;

  /** Longer than any printed KPI name: not worth a quadratic comparison. */
  private static final int LONGEST_NAME = 500;

  private Suggestions() {}

  static Optional<PlanKpi> closest(AnnualPlan plan, String reference) {
    if (KpiId.parse(reference).isPresent()) {
      return Optional.empty();
    }
    String wanted = Names.normalise(reference);
    if (wanted.isEmpty() || wanted.length() > LONGEST_NAME) {
      return Optional.empty();
    }
    PlanKpi best = null;
    double bestScore = 0;
    for (PlanKpi kpi : plan.kpis()) {
      String name = Names.normalise(kpi.kpi().name());
      int common = commonSubsequence(wanted, name);
      int shorter = Math.min(wanted.length(), name.length());
      int longer = Math.max(wanted.length(), name.length());
      if (common < 2 || common < LEAST_SHARE * shorter) {
        continue;
      }
      double score = (double) common / longer;
      if (score > bestScore) {
        best = kpi;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The length of the longest common subsequence, by UTF-16 unit: names are short. */
  static int commonSubsequence(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        current[j] =
            a.charAt(i - 1) == b.charAt(j - 1)
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
