package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects findings in document order, with messages in one language. */
final class FindingSink {
  private final Messages messages;
  private final List<Finding> findings = new ArrayList<>();

  FindingSink(Messages messages) {
    this.messages = messages;
  }

  void add(ResultRule rule, DocumentPath path, Object... arguments) {
    addVariant(rule, "", path, arguments);
  }

  /**
   * @param variant a suffix of the rule's message key, such as {@code .suggestion}, for a rule that
   *     words its finding differently when it knows more
   */
  void addVariant(ResultRule rule, String variant, DocumentPath path, Object... arguments) {
    findings.add(
        Finding.of(
            rule.id(),
            rule.severity(),
            path.toString(),
            messages.format(rule.id() + variant, arguments)));
  }

  /**
   * @return the language of the messages
   */
  Locale locale() {
    return messages.locale();
  }

  boolean has(String key) {
    return messages.has(key);
  }

  String text(String key, Object... arguments) {
    return messages.format(key, arguments);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
