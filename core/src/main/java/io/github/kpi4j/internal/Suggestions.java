package io.github.kpi4j.internal;

import java.util.List;

/**
 * The one "did you mean" of kpi4j: which of some known names a name that matches none was meant to
 * be, for a KPI reference ({@code AnnualPlan.closestKpi}) and for an unknown property of a document
 * alike.
 *
 * <p>Names are compared by code point through their longest common subsequence (LCS): the
 * characters both hold in the same order. It measures what names go wrong by (being shortened,
 * lengthened or mistyped) and is indifferent to script, so a Chinese KPI name and an English
 * property name are compared the same way. Among the candidates a {@link Tolerance} accepts, the
 * one with the highest Dice similarity, {@code 2 × LCS ÷ (length of one + length of the other)},
 * wins, the first on a tie. Callers compare names in the form they consider equal (normalised,
 * lower-cased): this class compares exactly what it is given.
 */
public final class Suggestions {
  /**
   * Far longer than any name anyone means: comparing such a name costs time quadratic in its
   * length, so it is neither sought nor offered.
   */
  public static final int LONGEST_NAME = 500;

  /** How far a name may be from the one it was meant to be. */
  public enum Tolerance {
    /**
     * For names written as prose, such as KPI names, which are cited shortened ({@code 提升競爭力} for
     * {@code 提升臺灣整體競爭力，加強經貿政策的溝通}): the LCS has at least two characters and covers at least half of
     * the shorter name.
     */
    PROSE {
      @Override
      boolean accepts(int common, int wanted, int candidate) {
        return common >= 2 && 2 * common >= Math.min(wanted, candidate);
      }
    },

    /**
     * For identifiers, such as property names, which are mistyped rather than shortened: turning
     * one into the other takes at most two insertions or deletions, or a third of the candidate's
     * length if more ({@code nmae} is {@code name}, {@code year} is not {@code rocYear}).
     */
    IDENTIFIER {
      @Override
      boolean accepts(int common, int wanted, int candidate) {
        int edits = wanted + candidate - 2 * common;
        return edits <= Math.max(2, candidate / 3);
      }
    };

    abstract boolean accepts(int common, int wanted, int candidate);
  }

  private Suggestions() {}

  /**
   * @param wanted the name that matched none
   * @param candidates the known names, in the order that breaks ties
   * @param tolerance how far the name may be from the one meant
   * @return the index of the closest candidate, or -1 when none is close enough
   * @throws NullPointerException if an argument or a candidate is {@code null}
   */
  public static int closest(String wanted, List<String> candidates, Tolerance tolerance) {
    Assert.notNull(tolerance, "tolerance");
    int[] name = Assert.notNull(wanted, "wanted").codePoints().toArray();
    if (name.length > LONGEST_NAME) {
      return -1;
    }
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < candidates.size(); i++) {
      int[] candidate = candidates.get(i).codePoints().toArray();
      if (candidate.length > LONGEST_NAME) {
        continue;
      }
      int common = longestCommonSubsequence(name, candidate);
      if (!tolerance.accepts(common, name.length, candidate.length)) {
        continue;
      }
      double dice = 2.0 * common / (name.length + candidate.length);
      if (dice > bestScore) {
        best = i;
        bestScore = dice;
      }
    }
    return best;
  }

  /**
   * @param a code points
   * @param b code points
   * @return the length of their longest common subsequence
   */
  public static int longestCommonSubsequence(int[] a, int[] b) {
    // Two rows instead of the whole table: linear memory for names up to LONGEST_NAME.
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
