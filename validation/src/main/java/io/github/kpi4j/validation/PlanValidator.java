package io.github.kpi4j.validation;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.internal.BuiltInRules;
import io.github.kpi4j.validation.internal.ValidatorBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Checks annual administrative plans against the plan rules and reports every finding in one pass.
 *
 * <p>Immutable and thread-safe: build one and use it for any number of plans.
 */
public interface PlanValidator {
  /**
   * @return a validator of the built-in rules, at their default severities, reporting in English
   */
  static PlanValidator ofDefaults() {
    return ValidatorBuilder.DEFAULTS;
  }

  /**
   * @return a builder that starts from the built-in rules, at their default severities, in English
   */
  static Builder builder() {
    return new ValidatorBuilder();
  }

  /**
   * @return the built-in rules in their order, each with its id and default severity; {@code
   *     RULES.md} of this module documents each one
   */
  static List<PlanRule> builtInRules() {
    return BuiltInRules.all();
  }

  /**
   * Checks a plan against every enabled rule.
   *
   * @param plan the plan
   * @return every finding, in document order (see {@link ValidationReport#findings()})
   * @throws NullPointerException if the plan is {@code null}
   */
  ValidationReport validate(AnnualPlan plan);

  /**
   * @return the ids of the rules this validator runs, in rule order
   */
  List<String> ruleIds();

  /**
   * @return the language of its messages
   */
  Locale locale();

  /** Configures a {@link PlanValidator}. Not thread-safe; {@link #build()} may be called again. */
  interface Builder {
    /**
     * Sets the language of the messages. Any Chinese locale ({@code zh}, {@code zh-TW}, {@code
     * zh-Hant}…) reports in Traditional Chinese; any other in English, the default.
     *
     * @param locale the language
     * @return this builder
     */
    Builder locale(Locale locale);

    /**
     * Turns a rule off.
     *
     * @param ruleId the id of a built-in rule or of one added before
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id; the message lists the known ids
     */
    Builder disable(String ruleId);

    /**
     * Changes the severity of a rule's findings.
     *
     * @param ruleId the id of a built-in rule or of one added before
     * @param severity the severity its findings get
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id; the message lists the known ids
     */
    Builder severity(String ruleId, Severity severity);

    /**
     * Adds a rule of one's own, after the rules already there.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if its id is blank, holds white space, or is already taken
     */
    Builder add(PlanRule rule);

    /**
     * Sets the clock that tells the current year, for the rule {@code plan-year-in-range}: the
     * system clock by default. The year is the one the clock's instant falls in in Taiwan's time
     * (UTC+8), whatever the clock's own zone; a clock before 1912, when the ROC calendar begins,
     * counts as ROC 1.
     *
     * @param clock the clock
     * @return this builder
     */
    Builder clock(Clock clock);

    /**
     * @return a validator with the rules and settings given so far
     */
    PlanValidator build();
  }
}
