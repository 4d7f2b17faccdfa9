package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Phrases the refusal of an unknown property, with the known ones and the likely intended one. */
final class UnknownProperties {
  private UnknownProperties() {}

  /**
   * @param name the unknown name
   * @param known the names of the format's properties, in the format's order
   * @param messages the language of the problem
   * @return the problem: the name, the known names and, if one is close, the name likely meant
   */
  static String problem(String name, Collection<String> known, Messages messages) {
    String closest = closest(name, known);
    String names = String.join(", ", known);
    return closest == null
        ? messages.format("property.unknown", TokenValues.quote(name), names)
        : messages.format("property.unknown.did-you-mean", TokenValues.quote(name), names, closest);
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
