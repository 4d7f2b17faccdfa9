package io.github.kpi4j.validation;

import io.github.kpi4j.finding.DocumentPath;
import java.util.Locale;

/**
 * What a {@link PlanRule} reports to while it checks a plan. The validator supplies one per rule
 * and validation, and adds the rule's id and its configured severity to every finding reported
 * here.
 */
public interface RuleContext {
  /**
   * @return the language the validator reports in, for rules that write their messages in more than
   *     one
   */
  Locale locale();

  /**
   * Reports a finding.
   *
   * @param path the JSON Pointer (RFC 6901) of the value the finding is about, such as {@code
   *     /goals/0/kpis/1/target}; {@code ""} for the whole plan. A finding about a missing value
   *     points where the value belongs.
   * @param message what is wrong, in the language of {@link #locale()}
   * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}, or the
   *     message is blank
   */
  void report(String path, String message);

  /**
   * Reports a finding.
   *
   * @param path the path of the value the finding is about
   * @param message what is wrong, in the language of {@link #locale()}
   * @throws IllegalArgumentException if the message is blank
   */
  default void report(DocumentPath path, String message) {
    report(path.toString(), message);
  }
}
