package io.github.kpi4j.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The messages of findings, in English or Traditional Chinese.
 *
 * <p>The bundles are read directly rather than through {@link java.util.ResourceBundle}: its
 * fallback to the JVM's default locale would make an English report come out in Chinese on a
 * Taiwanese desktop, and a custom {@code ResourceBundle.Control} is refused inside a named module.
 * Placeholders are {@code {0}}, {@code {1}} …, replaced as they are: unlike {@link
 * java.text.MessageFormat}, no apostrophe needs doubling and no number is reformatted.
 */
final class Messages {
  static final String ENGLISH = "messages.properties";
  static final String TRADITIONAL_CHINESE = "messages_zh_TW.properties";

  private static final Messages EN = new Messages(load(ENGLISH), Locale.ENGLISH);
  private static final Messages ZH_TW = new Messages(load(TRADITIONAL_CHINESE), Locale.TAIWAN);

  private final Properties texts;
  private final Locale locale;

  private Messages(Properties texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  /**
   * @param locale any locale
   * @return Traditional Chinese for any Chinese locale, English for every other
   */
  static Messages forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.getLanguage().equals("zh") ? ZH_TW : EN;
  }

  Locale locale() {
    return locale;
  }

  boolean has(String key) {
    return texts.containsKey(key);
  }

  String format(String key, Object... arguments) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no message " + key + " in the " + locale + " messages");
    }
    // One pass over the pattern, so that an argument holding "{1}" is never itself replaced.
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        if (index >= arguments.length) {
          throw new IllegalStateException(
              "message " + key + " wants argument " + index + ", got " + arguments.length);
        }
        out.append(arguments[index]);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
