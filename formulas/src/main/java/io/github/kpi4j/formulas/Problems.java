package io.github.kpi4j.formulas;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The texts of formula problems, in English ({@value #ENGLISH}) or Traditional Chinese ({@value
 * #TRADITIONAL_CHINESE}), beside this class.
 *
 * <p>The two files are read directly rather than through {@link java.util.ResourceBundle}: its
 * fallback to the JVM's default locale would turn an English message Chinese on a Taiwanese
 * desktop, and a custom {@code ResourceBundle.Control} is refused inside a named module.
 * Placeholders are {@code {0}}, {@code {1}} …, replaced as they are, in one pass.
 */
final class Problems {
  static final String ENGLISH = "problems.properties";
  static final String TRADITIONAL_CHINESE = "problems_zh_TW.properties";

  private static final Problems EN = new Problems(load(ENGLISH), "English");
  private static final Problems ZH_TW = new Problems(load(TRADITIONAL_CHINESE), "Chinese");

  private final Properties texts;
  private final String language;

  private Problems(Properties texts, String language) {
    this.texts = texts;
    this.language = language;
  }

  /**
   * @return the English texts
   */
  static Problems english() {
    return EN;
  }

  /**
   * @param locale any locale
   * @return Traditional Chinese for any Chinese locale, English for every other
   */
  static Problems of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.getLanguage().equals("zh") ? ZH_TW : EN;
  }

  /**
   * @return the keys of the texts, for tests
   */
  Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /**
   * @return a text as written, placeholders included, for tests
   */
  String pattern(String key) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no " + language + " text for the formula problem " + key);
    }
    return pattern;
  }

  /**
   * @param key a key of the texts
   * @param args the arguments; each is a list of one or more values, joined by the language's list
   *     separator
   * @return the text with its placeholders replaced
   */
  String format(String key, String[][] args) {
    String pattern = pattern(key);
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        if (index >= args.length) {
          throw new IllegalStateException(
              "the formula problem " + key + " wants argument " + index + ", got " + args.length);
        }
        out.append(String.join(pattern("list.separator"), args[index]));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * @param problem a problem's text in this language
   * @param character the 1-based position of the problem in characters
   * @return the problem with its position, as messages give it
   */
  String at(String problem, int character) {
    return format("at", new String[][] {{problem}, {Integer.toString(character)}});
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Problems.class.getResourceAsStream(resource)) {
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
