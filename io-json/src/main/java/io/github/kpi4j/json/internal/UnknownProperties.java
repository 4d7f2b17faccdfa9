package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
   * @return the known name a typo most likely meant, or null when none is close: kpi4j's one "did
   *     you mean", with the tolerance for identifiers, ignoring case as a typo may not
   */
  static String closest(String name, Collection<String> known) {
    List<String> candidates = new ArrayList<>(known);
    List<String> lower = new ArrayList<>(candidates.size());
    for (String candidate : candidates) {
      lower.add(candidate.toLowerCase(Locale.ROOT));
    }
    int closest =
        Suggestions.closest(name.toLowerCase(Locale.ROOT), lower, Suggestions.Tolerance.IDENTIFIER);
    return closest < 0 ? null : candidates.get(closest);
  }
}
