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

/** Runs each configured rule over the whole plan and orders the findings. */
final class DefaultPlanValidator implements PlanValidator {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, DocumentOrder.INSTANCE).thenComparing(Finding::severity);

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
    List<Finding> findings = new ArrayList<>();
    ValidationRun run = new ValidationRun(clock);
    for (RuleEntry rule : rules) {
      rule.check(plan, new Collector(rule, findings), run);
    }
    // Stable: at one path and severity, rule order and then report order are kept.
    findings.sort(ORDER);
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

  /** The context of one rule in one validation. */
  private final class Collector implements RuleContext {
    private final RuleEntry configured;
    private final List<Finding> findings;

    Collector(RuleEntry configured, List<Finding> findings) {
      this.configured = configured;
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
      findings.add(Finding.of(configured.id(), configured.severity(), path, message));
    }
  }
}
