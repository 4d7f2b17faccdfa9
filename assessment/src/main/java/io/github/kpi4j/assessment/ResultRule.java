package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.Severity;
import java.util.Optional;

/**
 * The rules the assessment checks a results document ({@code kpi-results/1}) against. Each has a
 * stable {@link #id() id}, which its findings carry as {@link
 * io.github.kpi4j.finding.Finding#rule()}, and a fixed {@link #severity() severity}. The project's
 * {@code assessment/FINDINGS.md} says what each rule checks and why.
 */
public enum ResultRule {
  /** The document's agency code is the plan's. */
  RESULTS_AGENCY_MATCHES("results-agency-matches", Severity.ERROR),
  /** The document's year is the plan's. */
  RESULTS_YEAR_MATCHES("results-year-matches", Severity.ERROR),
  /** Each result's {@code kpi} designates a KPI of the plan, by id or by name. */
  RESULT_KPI_RESOLVES("result-kpi-resolves", Severity.ERROR),
  /** No two results designate the same KPI. */
  RESULT_UNIQUE("result-unique", Severity.ERROR),
  /** An {@code actual} is one number with an optional unit. */
  RESULT_ACTUAL_QUANTIFIED("result-actual-quantified", Severity.ERROR),
  /** A milestone KPI's {@code actual} names one of its milestones, by number, text or progress. */
  RESULT_MILESTONE_RESOLVES("result-milestone-resolves", Severity.ERROR),
  /** Each of a result's {@code items} names an item of its composite KPI, once. */
  RESULT_ITEM_RESOLVES("result-item-resolves", Severity.ERROR),
  /** A result with {@code variables} is for a KPI that has a formula. */
  RESULT_FORMULA_PRESENT("result-formula-present", Severity.ERROR),
  /** The KPI's formula can be read and evaluated with the variables given. */
  RESULT_FORMULA_EVALUATES("result-formula-evaluates", Severity.ERROR),
  /** The variables give every variable the formula needs. */
  RESULT_VARIABLES_COMPLETE("result-variables-complete", Severity.ERROR),
  /** No two variables are the same name once normalised (NFKC). */
  RESULT_VARIABLES_DISTINCT("result-variables-distinct", Severity.ERROR),
  /** Every variable given is one the formula uses. */
  RESULT_VARIABLES_USED("result-variables-used", Severity.WARNING),
  /** An {@code actual} given with {@code variables} agrees with the value they give. */
  RESULT_ACTUAL_CONSISTENT("result-actual-consistent", Severity.WARNING),
  /** An {@code actual} with a unit has its target's unit. */
  RESULT_UNIT_MATCHES("result-unit-matches", Severity.ERROR),
  /**
   * A plain-number {@code actual} against a percentage target is not a percentage written without
   * its sign: it lies between −1 and 1, as a fraction does.
   */
  RESULT_PERCENT_AS_NUMBER("result-percent-as-number", Severity.WARNING),
  /**
   * A result's {@code baseline} is for a relative target whose plan gives no baseline of its own.
   */
  RESULT_BASELINE_USED("result-baseline-used", Severity.WARNING),
  /** A result is for a KPI with a quantified target, so that it can be assessed. */
  RESULT_TARGET_QUANTIFIED("result-target-quantified", Severity.INFO);

  private final String id;
  private final Severity severity;

  ResultRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /**
   * @return the rule's stable id, such as {@code result-kpi-resolves}
   */
  public String id() {
    return id;
  }

  /**
   * @return the severity of its findings
   */
  public Severity severity() {
    return severity;
  }

  /**
   * @param id a rule's {@link #id() id}
   * @return the rule, or empty for any other text
   */
  public static Optional<ResultRule> fromId(String id) {
    for (ResultRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
