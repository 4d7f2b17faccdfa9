package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code milestone-progress-rising}: each milestone's progress is a percentage, the progress rises
 * strictly along the ladder, and the last step is at most 100%. A progress that is not a percentage
 * is reported once and left out of the comparison with its neighbours.
 */
final class MilestoneProgressRising extends KpiRule {
  static final String ID = "milestone-progress-rising";

  MilestoneProgressRising() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    List<Milestone> milestones = kpi.kpi().milestones();
    Milestone previous = null;
    BigDecimal previousProgress = null;
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      String path = Paths.kpi(kpi, "milestones/" + i + "/progress");
      Optional<BigDecimal> progress =
          milestone.progress().quantity().filter(q -> q.unit().isPercent()).map(Quantity::value);
      if (progress.isEmpty()) {
        reportStep("percent", path, kpi, milestone, reporter);
        continue;
      }
      if (previousProgress != null && progress.get().compareTo(previousProgress) <= 0) {
        reporter.report(
            path,
            kpi.id().text(),
            String.valueOf(milestone.number()),
            milestone.progress().text(),
            String.valueOf(previous.number()),
            previous.progress().text());
      }
      if (i == milestones.size() - 1 && progress.get().compareTo(BigDecimal.ONE) > 0) {
        reportStep("last", path, kpi, milestone, reporter);
      }
      previous = milestone;
      previousProgress = progress.get();
    }
  }

  /** Reports a variant of the rule's message about one step: the KPI, its number and progress. */
  private static void reportStep(
      String variant, String path, PlanKpi kpi, Milestone milestone, Reporter reporter) {
    reporter.reportVariant(
        variant,
        path,
        kpi.id().text(),
        String.valueOf(milestone.number()),
        milestone.progress().text());
  }
}
