package io.github.kpi4j.json.internal;

import java.util.Collection;
import java.util.Locale;

/** Phrases the refusal of an unknown property, with the known ones and the likely intended one. */
final class UnknownProperties {
  private UnknownProperties() {}

  static String problem(String name, Collection<String> known) {
    StringBuilder out =
        new StringBuilder("unknown property ")
            .append(TokenValues.quote(name))
            .append("; expected one of: ")
            .append(String.join(", ", known))
            .append(", or an extension named x-…");
    String closest = closest(name, known);
    if (closest != null) {
      out.append("; did you mean \"").append(closest).append("\"?");
    }
    return out.toString();
  }

  /**
   * @return the known name a typo most likely meant, or null when none is close
   */
  static String closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      // A third of the name may be wrong, but no more: "nmae" is name, "foo" is nothing.
      if (distance < bestDistance && distance <= Math.max(1, candidate.length() / 3)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours as one edit. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 10) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
