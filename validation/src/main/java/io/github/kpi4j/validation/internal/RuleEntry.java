package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.RuleContext;

/**
 * One rule of a validator as configured: the rule, the severity its findings get, whether it runs,
 * and how it is run. A built-in rule is run with the validation's {@link ValidationRun}; a user's
 * rule sees only its {@link RuleContext}, the public API. Which of the two a rule is, is known
 * where the entry is made, so running it needs no test of its type.
 *
 * @param rule the rule
 * @param severity the severity of its findings
 * @param enabled whether the validator runs it
 * @param runner how it checks a plan within a validation
 */
record RuleEntry(PlanRule rule, Severity severity, boolean enabled, Runner runner) {

  /** Checks a plan with one rule within one validation. */
  @FunctionalInterface
  interface Runner {
    /**
     * @param plan the plan
     * @param context where the rule reports
     * @param run what the validation shares among its built-in rules
     * @return what is left to check of each KPI (see {@link KpiRule}), or {@link KpiCheck#NONE}
     */
    KpiCheck start(AnnualPlan plan, RuleContext context, ValidationRun run);
  }

  /**
   * @param rule a built-in rule
   * @return its entry: enabled, at its default severity, given the validation's run
   */
  static RuleEntry builtIn(BuiltInRule rule) {
    return new RuleEntry(rule, rule.defaultSeverity(), true, rule::start);
  }

  /**
   * @param rule a user's rule
   * @return its entry: enabled, at its default severity, given only its context
   */
  static RuleEntry user(PlanRule rule) {
    return new RuleEntry(
        rule,
        rule.defaultSeverity(),
        true,
        (plan, context, run) -> {
          rule.check(plan, context);
          return KpiCheck.NONE;
        });
  }

  /**
   * @return the rule's id
   */
  String id() {
    return rule.id();
  }

  /**
   * @param severity a severity
   * @return this entry with its findings at that severity
   */
  RuleEntry withSeverity(Severity severity) {
    return new RuleEntry(rule, severity, enabled, runner);
  }

  /**
   * @return this entry, not run
   */
  RuleEntry disabled() {
    return new RuleEntry(rule, severity, false, runner);
  }

  /**
   * Checks a plan with the rule, or starts to.
   *
   * @param plan the plan
   * @param context where the rule reports
   * @param run what the validation shares among its built-in rules
   * @return what is left to check of each KPI, or {@link KpiCheck#NONE}
   */
  KpiCheck start(AnnualPlan plan, RuleContext context, ValidationRun run) {
    return runner.start(plan, context, run);
  }
}
