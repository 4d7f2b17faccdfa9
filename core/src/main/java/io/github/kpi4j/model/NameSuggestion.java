package io.github.kpi4j.model;

import io.github.kpi4j.internal.Suggestions;
import io.github.kpi4j.internal.Suggestions.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The algorithm behind {@link AnnualPlan#closestKpi(String)}: kpi4j's one "did you mean" ({@link
 * Suggestions}), with the tolerance for prose, over the names in {@link Names normal form}.
 *
 * <p>References go wrong by being shortened ({@code 提升競爭力} for {@code 提升臺灣整體競爭力，加強經貿政策的溝通}),
 * lengthened, or mistyped, rarely by being reordered; so names are compared, in {@link Names normal
 * form} and by code point, by their longest common subsequence (LCS): the characters both hold in
 * the same order. A KPI is a candidate when the LCS has at least two characters and covers at least
 * half of the shorter of the two names; the candidate with the highest Dice similarity, {@code 2 ×
 * LCS ÷ (length of one + length of the other)}, wins, the first in plan order on a tie.
 */
final class NameSuggestion {
  private NameSuggestion() {}

  static Optional<PlanKpi> closest(AnnualPlan plan, String reference) {
    if (KpiId.parse(reference).isPresent()) {
      return Optional.empty(); // an id that designates no KPI is not a misspelt name
    }
    List<String> names = new ArrayList<>(plan.kpis().size());
    for (PlanKpi kpi : plan.kpis()) {
      names.add(Names.normalise(kpi.kpi().name()));
    }
    int closest = Suggestions.closest(Names.normalise(reference), names, Tolerance.PROSE);
    return closest < 0 ? Optional.empty() : Optional.of(plan.kpis().get(closest));
  }
}
