package io.github.kpi4j.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CLI's own words in the language chosen with {@code --lang}: English or Traditional Chinese.
 * The messages of findings are not here: the validator and the assessor write them in that
 * language.
 */
final class Messages {
  private static final String BUNDLE = "io.github.kpi4j.cli.Messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    // No fallback to the JVM's default locale: --lang en must give English on a Chinese desktop.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param locale the language
   * @return its messages; English for any language without a translation
   */
  static Messages of(Locale locale) {
    return new Messages(locale);
  }

  /**
   * @return the language of the messages
   */
  Locale locale() {
    return locale;
  }

  /**
   * @param key the message's key
   * @param arguments the values of its placeholders
   * @return the message
   */
  String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
