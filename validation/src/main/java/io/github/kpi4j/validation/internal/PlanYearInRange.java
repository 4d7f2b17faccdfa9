package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.MinguoDate;
import java.time.temporal.ChronoField;

/**
 * {@code plan-year-in-range}: the plan's ROC year lies between 38 (1949, when the government came
 * to Taiwan; plans of this kind exist from the 1950s) and ten years after the current one (plans
 * are drafted a year or so ahead; a mid-term outlook reaches a few years further).
 */
final class PlanYearInRange extends BuiltInRule {
  static final String ID = "plan-year-in-range";
  static final int FIRST_YEAR = 38;
  static final int YEARS_AHEAD = 10;

  /** Plans are Taiwan's: the year turns in Taipei. */
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final Clock clock;

  PlanYearInRange(Clock clock) {
    super(ID, Severity.ERROR);
    this.clock = clock;
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    int last =
        MinguoDate.from(clock.instant().atZone(TAIPEI)).get(ChronoField.YEAR_OF_ERA) + YEARS_AHEAD;
    int year = plan.rocYear();
    if (year < FIRST_YEAR || year > last) {
      reporter.report(
          "/rocYear",
          String.valueOf(year),
          String.valueOf(FIRST_YEAR),
          String.valueOf(last),
          String.valueOf(gregorian(FIRST_YEAR)),
          String.valueOf(gregorian(last)));
    }
  }

  static Clock systemClock() {
    return Clock.system(TAIPEI);
  }

  private static int gregorian(int rocYear) {
    return LocalDate.from(MinguoDate.of(rocYear, 1, 1)).getYear();
  }
}
