package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Programme;
import java.util.List;

/**
 * {@code programme-links-kpi}: every programme links at least one KPI (與KPI關聯), so that what is
 * funded can be traced to what is measured.
 */
final class ProgrammeLinksKpi extends BuiltInRule {
  static final String ID = "programme-links-kpi";

  ProgrammeLinksKpi() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    List<Programme> programmes = plan.programmes();
    for (int p = 0; p < programmes.size(); p++) {
      Programme programme = programmes.get(p);
      if (programme.kpis().stream().allMatch(String::isBlank)) {
        reporter.report(Paths.programme(p, "kpis"), ProgrammeLabel.of(programme, p, reporter));
      }
    }
  }
}
