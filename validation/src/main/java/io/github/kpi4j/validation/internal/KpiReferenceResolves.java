package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Programme;
import java.util.List;

/**
 * {@code kpi-reference-resolves}: every KPI reference of a programme, an id ({@code 2.3}) or a
 * name, designates a KPI of the plan, as {@link AnnualPlan#resolve(String)} resolves it (asked of
 * the plan's own index, {@link AnnualPlan#resolve(int, int)}, which the plan's links to programmes
 * share); a name that designates none comes with the nearest name the plan defines, if one is near
 * enough (see {@link AnnualPlan#closestKpi(String)}).
 *
 * <p>Only the first {@value #SUGGESTIONS} dangling references get a suggestion: each one compares
 * the reference with every KPI name, and a generated plan with thousands of dangling references
 * would otherwise keep a validator busy for hours. A drafter never has that many.
 */
final class KpiReferenceResolves extends BuiltInRule {
  static final String ID = "kpi-reference-resolves";

  /** How many dangling references of one plan get a "did you mean". */
  static final int SUGGESTIONS = 50;

  KpiReferenceResolves() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<Programme> programmes = plan.programmes();
    int suggested = 0;
    for (int p = 0; p < programmes.size(); p++) {
      Programme programme = programmes.get(p);
      List<String> references = programme.kpis();
      for (int r = 0; r < references.size(); r++) {
        String reference = references.get(r);
        if (reference.isBlank() || plan.resolve(p, r).isPresent()) {
          continue; // a blank reference is text-not-blank's concern
        }
        String suggestion =
            suggested++ >= SUGGESTIONS
                ? ""
                : plan.closestKpi(reference)
                    .map(k -> reporter.phrase(ID + ".did-you-mean", k.kpi().name()))
                    .orElse("");
        reporter.report(
            Paths.programmeKpi(p, r),
            ProgrammeLabel.of(programme, p, reporter),
            reference.strip(),
            suggestion);
      }
    }
  }
}
