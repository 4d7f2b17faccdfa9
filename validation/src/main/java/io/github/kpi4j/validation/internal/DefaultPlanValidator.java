package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.RuleContext;
import io.github.kpi4j.validation.ValidationReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs each configured rule over the plan, the rules that check each KPI on its own in one walk
 * over the KPIs (see {@link KpiRule}), and orders the findings.
 */
final class DefaultPlanValidator implements PlanValidator {
  /**
   * Document order, then severity, then rule order; a stable sort keeps one rule's findings at one
   * path and severity in the order reported. Rule order is part of the key because the rules'
   * reports interleave: a rule that checks the plan as a whole reports before the walk over the
   * KPIs, whatever its place among the rules, and the rules that check each KPI take turns.
   */
  private static final Comparator<Reported> ORDER =
      Comparator.comparing((Reported r) -> r.finding().path(), DocumentOrder.INSTANCE)
          .thenComparing(r -> r.finding().severity())
          .thenComparingInt(Reported::rule);

  private final List<RuleEntry> rules;
  private final Locale locale;
  private final Clock clock;

  DefaultPlanValidator(List<RuleEntry> rules, Locale locale, Clock clock) {
    this.rules = List.copyOf(rules);
    this.locale = locale;
    this.clock = clock;
  }

  @Override
  public ValidationReport validate(AnnualPlan plan) {
    Assert.notNull(plan, "plan");
    List<Reported> reported = new ArrayList<>();
    ValidationRun run = new ValidationRun(clock);
    List<KpiCheck> perKpi = new ArrayList<>(rules.size());
    for (int r = 0; r < rules.size(); r++) {
      KpiCheck check = rules.get(r).start(plan, new Collector(rules.get(r), r, reported), run);
      if (check != KpiCheck.NONE) {
        perKpi.add(check);
      }
    }
    if (!perKpi.isEmpty()) {
      KpiCheck.walk(plan, perKpi);
    }
    reported.sort(ORDER);
    List<Finding> findings = new ArrayList<>(reported.size());
    for (Reported r : reported) {
      findings.add(r.finding());
    }
    return new DefaultValidationReport(findings);
  }

  @Override
  public List<String> ruleIds() {
    return rules.stream().map(RuleEntry::id).toList();
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public String toString() {
    return "PlanValidator" + ruleIds() + " in " + locale.toLanguageTag();
  }

  /** A finding and the place of its rule among the validator's rules. */
  private record Reported(Finding finding, int rule) {}

  /** The context of one rule in one validation. */
  private final class Collector implements RuleContext {
    private final RuleEntry configured;
    private final int index;
    private final List<Reported> findings;

    Collector(RuleEntry configured, int index, List<Reported> findings) {
      this.configured = configured;
      this.index = index;
      this.findings = findings;
    }

    @Override
    public Locale locale() {
      return locale;
    }

    @Override
    public void report(String path, String message) {
      Assert.notNull(path, "path");
      Assert.notNull(message, "message");
      DocumentPath.of(path);
      Assert.isTrue(
          !message.isBlank(), "rule %s reported a blank message at '%s'", configured.id(), path);
      findings.add(
          new Reported(Finding.of(configured.id(), configured.severity(), path, message), index));
    }
  }
}
