package io.github.kpi4j.validation.internal;

import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.PlanKpi;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * What one validation of one plan gives the built-in rules besides the plan: the formulas of the
 * plan, compiled once for every rule, which of its KPIs are common indicators, and the current
 * year. The validator creates one per call of {@code validate} and hands it to each built-in rule
 * explicitly, so that no rule has to dig it out of its {@link
 * io.github.kpi4j.validation.RuleContext}, which is the API of users' rules.
 *
 * <p>Not thread-safe: one validation runs its rules on one thread.
 */
final class ValidationRun {
  /**
   * Plans are Taiwan's: the year turns in Taiwan's time, UTC+8, which Asia/Taipei has kept without
   * daylight saving since 1980. An offset rather than the zone: looking the zone up loads the JDK's
   * whole time-zone database, tens of milliseconds of every command-line run.
   */
  static final ZoneOffset TAIWAN_TIME = ZoneOffset.ofHours(8);

  private final Clock clock;
  private final KpiFormulas formulas = new KpiFormulas();
  private AnnualPlan commonNamesPlan;
  private Set<String> commonNames;

  /**
   * @param clock the clock that tells the current year
   */
  ValidationRun(Clock clock) {
    this.clock = clock;
  }

  /**
   * @return a run for a built-in rule checked on its own, outside a validator: the system clock in
   *     Taiwan's time and formulas of its own
   */
  static ValidationRun standalone() {
    return new ValidationRun(systemClock());
  }

  /**
   * @return the default clock: the system's, in Taiwan's time
   */
  static Clock systemClock() {
    return Clock.system(TAIWAN_TIME);
  }

  /**
   * @param kpi a KPI of the plan being validated
   * @return its formula, compiled once for every rule of this validation
   */
  Optional<KpiFormula> formula(PlanKpi kpi) {
    return formulas.of(kpi);
  }

  /**
   * Whether a KPI is one of the common indicators of budget execution, asked of every KPI by two
   * rules: the KPIs that are, by the first KPI of their name in the plan's index of names, are
   * found once, in one walk over the KPIs, and each rule then finds a KPI's name, as printed, in
   * the few that are.
   *
   * @param plan the plan being validated
   * @param kpi a KPI of the plan
   * @return whether it is one of the common indicators, in any wording
   */
  boolean isCommon(AnnualPlan plan, Kpi kpi) {
    if (plan != commonNamesPlan) {
      commonNames = CommonIndicators.namedIn(plan);
      commonNamesPlan = plan;
    }
    return commonNames.contains(kpi.name());
  }

  /**
   * @return the current year of the ROC calendar, as the year stands in Taiwan
   */
  int currentRocYear() {
    int year = clock.instant().atOffset(TAIWAN_TIME).getYear();
    // A clock set before the ROC calendar began (1912) counts as its first year.
    return AnnualPlan.toRocYear(Math.max(year, 1912));
  }
}
