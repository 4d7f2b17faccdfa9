package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.ImportFinding;
import io.github.kpi4j.document.Location;
import io.github.kpi4j.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Collects the findings of one import, each message in the import's language from the module's
 * bundle ({@code Messages.properties}, {@code Messages_zh_TW.properties}).
 */
final class Report {
  private final Locale locale;
  private final ResourceBundle bundle;
  private final List<ImportFinding> findings = new ArrayList<>();

  Report(Locale locale) {
    this.locale = locale;
    this.bundle = bundle(locale);
  }

  /**
   * Loads the bundle itself rather than through {@link ResourceBundle#getBundle}: the JVM's default
   * locale must never choose the language, and the module reads its own resources.
   */
  private static ResourceBundle bundle(Locale locale) {
    boolean chinese =
        locale.getLanguage().equals("zh")
            && !locale.getCountry().equals("CN")
            && !locale.getScript().equals("Hans");
    String name = chinese ? "Messages_zh_TW.properties" : "Messages.properties";
    try (InputStream in = Report.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param key a message key
   * @param arguments its arguments
   * @return the message in the import's language
   */
  String message(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
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
    findings.add(new Finding(rule, severity, where, path, message(rule, arguments)));
  }

  List<ImportFinding> findings() {
    return List.copyOf(findings);
  }
}
