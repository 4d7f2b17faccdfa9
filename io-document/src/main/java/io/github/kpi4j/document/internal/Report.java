package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.ImportFinding;
import io.github.kpi4j.document.Location;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the findings of one import, each message in the import's language from the module's
 * catalogue ({@code messages.properties}, {@code messages_zh_TW.properties}), one entry per rule.
 */
final class Report {
  private static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> Report.class.getResourceAsStream(name));

  private final Messages messages;
  private final List<ImportFinding> findings = new ArrayList<>();

  Report(Locale locale) {
    this.messages = CATALOGUE.in(locale);
  }

  /**
   * @param key a message key
   * @param arguments its arguments
   * @return the message in the import's language
   */
  String message(String key, Object... arguments) {
    return messages.format(key, arguments);
  }

  void error(String rule, Location where, String path, Object... arguments) {
    add(rule, Severity.ERROR, where, path, arguments);
  }

  void warning(String rule, Location where, String path, Object... arguments) {
    add(rule, Severity.WARNING, where, path, arguments);
  }

  void info(String rule, Location where, String path, Object... arguments) {
    add(rule, Severity.INFO, where, path, arguments);
  }

  /** The message of a finding is the bundle's entry named after its rule. */
  private void add(
      String rule, Severity severity, Location where, String path, Object... arguments) {
    findings.add(new DefaultImportFinding(rule, severity, where, path, message(rule, arguments)));
  }

  List<ImportFinding> findings() {
    return List.copyOf(findings);
  }
}
