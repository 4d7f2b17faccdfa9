package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.RuleContext;
import java.util.Locale;
import java.util.Optional;

/**
 * A built-in rule: its message is the bundle's pattern under its id, and it receives what one
 * validation shares among the built-in rules (the compiled formulas, which KPIs are common
 * indicators, the current year) as an explicit {@link ValidationRun}.
 */
abstract class BuiltInRule implements PlanRule {
  private final String id;
  private final Severity severity;

  BuiltInRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  /**
   * Checks the plan on its own, outside a validator: with the system clock and formulas compiled
   * for this check only.
   */
  @Override
  public final void check(AnnualPlan plan, RuleContext context) {
    check(plan, new Reporter(id, context, ValidationRun.standalone()));
  }

  /**
   * Starts checking the plan as one rule of a validation.
   *
   * @param plan the plan
   * @param context where to report
   * @param run what the validation shares among its built-in rules
   * @return what is left to check of each KPI, which the validator checks for all its rules in one
   *     walk over the KPIs; {@link KpiCheck#NONE} for a rule that has checked everything
   */
  final KpiCheck start(AnnualPlan plan, RuleContext context, ValidationRun run) {
    return start(plan, new Reporter(id, context, run));
  }

  /**
   * Checks the plan, or starts to: see {@link KpiRule}.
   *
   * @return what is left to check of each KPI; {@link KpiCheck#NONE} once {@link #check(AnnualPlan,
   *     Reporter)} has checked all, as it does unless overridden
   */
  KpiCheck start(AnnualPlan plan, Reporter reporter) {
    check(plan, reporter);
    return KpiCheck.NONE;
  }

  /** Checks the whole plan. */
  abstract void check(AnnualPlan plan, Reporter reporter);

  @Override
  public String toString() {
    return id + " (" + severity.code() + ")";
  }

  /** Reports a built-in rule's findings with messages from the bundle. */
  static final class Reporter {
    private final String id;
    private final RuleContext context;
    private final Messages messages;
    private final ValidationRun run;

    Reporter(String id, RuleContext context, ValidationRun run) {
      this.id = id;
      this.context = context;
      this.messages = RuleMessages.of(context.locale());
      this.run = run;
    }

    /**
     * @param kpi a KPI of the plan being checked
     * @return its formula, compiled once for every rule of this validation
     */
    Optional<KpiFormula> formula(PlanKpi kpi) {
      return run.formula(kpi);
    }

    /**
     * @param plan the plan being checked
     * @param kpi a KPI of the plan
     * @return whether it is one of the common indicators of budget execution, in any wording
     */
    boolean isCommon(AnnualPlan plan, Kpi kpi) {
      return run.isCommon(plan, kpi);
    }

    /**
     * @return the current year of the ROC calendar, as the validation's clock tells it
     */
    int currentRocYear() {
      return run.currentRocYear();
    }

    /** Reports with the message under the rule's id. */
    void report(String path, Object... args) {
      context.report(path, messages.format(id, args));
    }

    /** Reports with the message under the rule's id and a suffix, such as {@code <id>.formula}. */
    void reportVariant(String suffix, String path, Object... args) {
      context.report(path, messages.format(id + "." + suffix, args));
    }

    /**
     * @return the locale of the messages: English or Traditional Chinese
     */
    Locale locale() {
      return messages.locale();
    }

    /**
     * @return a phrase of the bundle, to be an argument of a message
     */
    String phrase(String key, Object... args) {
      return messages.format(key, args);
    }
  }
}
