package io.github.kpi4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.testing.Plans;
import io.github.kpi4j.validation.CollectedReports;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.RuleContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Built-in rules get what a validation shares from an explicit run, users' rules do not. */
class ValidationRunTest {
  /** 00:30 on 1 January 2026 in Taipei (ROC 115), still 2025 in UTC. */
  private static final Clock NEW_YEAR_IN_TAIPEI =
      Clock.fixed(Instant.parse("2025-12-31T16:30:00Z"), ZoneId.of("UTC"));

  private static AnnualPlan planOf(int rocYear) {
    return Plans.plan(rocYear).build();
  }

  @Test
  void should_tell_the_current_year_by_the_run_clock_in_taipei() {
    // GIVEN a run whose clock stands at the first minutes of 2026 in Taipei
    ValidationRun run = new ValidationRun(NEW_YEAR_IN_TAIPEI);
    // WHEN it tells the current year
    // THEN it is ROC 115, the year in Taipei, not the year in the clock's zone
    assertThat(run.currentRocYear()).isEqualTo(115);
  }

  @Test
  void should_count_a_clock_before_the_roc_calendar_as_its_first_year() {
    // GIVEN a run whose clock stands in 1900, before ROC 1 (1912)
    ValidationRun run =
        new ValidationRun(Clock.fixed(Instant.parse("1900-06-01T00:00:00Z"), ZoneId.of("UTC")));
    // WHEN it tells the current year  THEN it is ROC 1, not a year of the era before it
    assertThat(run.currentRocYear()).isEqualTo(1);
  }

  @Test
  void should_give_the_plan_year_rule_the_year_of_the_run_it_is_given() {
    // GIVEN the plan-year rule and a plan of ROC 125, ten years after 2026
    PlanYearInRange rule = new PlanYearInRange();
    CollectedReports inTaipei = new CollectedReports();
    // WHEN the rule checks it within a run of the Taipei new year's clock
    rule.start(planOf(125), inTaipei, new ValidationRun(NEW_YEAR_IN_TAIPEI));
    // THEN the year is in range: the run, not a clock wired into the rule, says it is 2026
    assertThat(inTaipei.paths()).isEmpty();

    // AND within a run a year earlier the same plan is out of range
    CollectedReports aYearEarlier = new CollectedReports();
    rule.start(
        planOf(125),
        aYearEarlier,
        new ValidationRun(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("UTC"))));
    assertThat(aYearEarlier.paths()).containsExactly("/rocYear");
  }

  @Test
  void should_keep_one_entry_per_rule_that_changes_only_what_is_configured() {
    // GIVEN the entry of a user's rule
    PlanRule rule =
        new PlanRule() {
          @Override
          public String id() {
            return "acme-rule";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.WARNING;
          }

          @Override
          public void check(AnnualPlan plan, RuleContext context) {
            context.report("", "always");
          }
        };
    RuleEntry entry = RuleEntry.user(rule);
    // WHEN its severity is changed and it is disabled
    RuleEntry configured = entry.withSeverity(Severity.ERROR).disabled();
    // THEN the new entry holds both changes, and the first entry is as it was
    assertThat(configured.rule()).isSameAs(rule);
    assertThat(configured.severity()).isEqualTo(Severity.ERROR);
    assertThat(configured.enabled()).isFalse();
    assertThat(entry.severity()).isEqualTo(Severity.WARNING);
    assertThat(entry.enabled()).isTrue();
    // AND running it gives the rule only its context, and leaves nothing to check of each KPI
    CollectedReports collected = new CollectedReports();
    KpiCheck left = entry.start(planOf(114), collected, new ValidationRun(NEW_YEAR_IN_TAIPEI));
    assertThat(collected.paths()).containsExactly("");
    assertThat(left).isSameAs(KpiCheck.NONE);
  }

  @Test
  void should_give_each_kpi_its_own_formula_whatever_order_they_are_asked_in() {
    // GIVEN a plan of two KPIs with different formulas, and a copy of the first that is equal to it
    // but another instance
    AnnualPlan plan =
        Plans.oneGoal(
            114,
            Plans.kpi(1, "甲").formula("A÷B×100%").build(),
            Plans.kpi(2, "乙").formula("A－B").build());
    PlanKpi first = plan.kpis().get(0);
    PlanKpi second = plan.kpis().get(1);
    PlanKpi firstAgain = PlanKpi.of(first.goal(), first.kpi(), 0, 0);
    ValidationRun run = new ValidationRun(NEW_YEAR_IN_TAIPEI);
    // WHEN their formulas are asked for in turn, the first again after the second
    String a = run.formula(first).orElseThrow().text();
    String b = run.formula(second).orElseThrow().text();
    String aAgain = run.formula(firstAgain).orElseThrow().text();
    // THEN each gets its own
    assertThat(a).isEqualTo("A÷B×100%").isEqualTo(aAgain);
    assertThat(b).isEqualTo("A－B");
  }
}
