package io.github.kpi4j.validation;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import java.util.List;

/** The findings of one validation. Immutable. */
public interface ValidationReport {
  /**
   * Every finding, in document order: by path, as the values stand in the plan document (goal 2
   * before goal 10, a KPI's name before its target, a value before the values inside it); at one
   * path, errors before warnings before infos; then in rule order; then in the order the rule
   * reported them. The order is stable: the same plan gives the same list.
   *
   * @return every finding
   */
  List<Finding> findings();

  /**
   * @param ruleId a rule's id
   * @return the findings of that rule, in the order of {@link #findings()}
   */
  List<Finding> findings(String ruleId);

  /**
   * @param severity a severity
   * @return the findings of that severity, in the order of {@link #findings()}
   */
  List<Finding> findings(Severity severity);

  /**
   * @return the findings of severity {@link Severity#ERROR}
   */
  default List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /**
   * @return the findings of severity {@link Severity#WARNING}
   */
  default List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /**
   * @return the findings of severity {@link Severity#INFO}
   */
  default List<Finding> infos() {
    return findings(Severity.INFO);
  }

  /**
   * @return whether no finding is an error: warnings and infos leave a plan valid
   */
  default boolean isValid() {
    return errors().isEmpty();
  }
}
