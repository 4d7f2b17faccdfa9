package io.github.kpi4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * The messages of one part of kpi4j in its two languages: a properties file in English ({@code
 * NAME.properties}) and one in Traditional Chinese ({@code NAME_zh_TW.properties}), with the same
 * keys, read as UTF-8.
 *
 * <p>There is one escaping rule for every catalogue: none. A placeholder is {@code {0}}, {@code
 * {1}} …, replaced by its argument as it is, in one pass (an argument that itself holds {@code {1}}
 * is never replaced again); every other character, an apostrophe or a lone brace included, stands
 * for itself. Numbers are never reformatted: an argument is shown by {@link
 * String#valueOf(Object)}, so 1500 is {@code 1500}, not {@code 1,500}. A message that depends on a
 * count has one key per form ({@code KEY.zero}, {@code KEY.one}, {@code KEY.other}), chosen by
 * {@link Messages#count(String, long)}.
 *
 * <p>The files are read directly rather than through {@link java.util.ResourceBundle}: its fallback
 * to the JVM's default locale would make an English report come out in Chinese on a Taiwanese
 * desktop ({@link Locales}), and a custom {@code ResourceBundle.Control} is refused inside a named
 * module.
 */
public final class MessageCatalogue {
  private final Messages english;
  private final Messages chinese;

  private MessageCatalogue(Messages english, Messages chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Reads a catalogue from resources of the calling module.
   *
   * <p>The caller opens the resources, so that they can stay encapsulated in its own module: pass
   * {@code name -> Owner.class.getResourceAsStream(name)} for files beside {@code Owner}.
   *
   * @param baseName the name of the English file without {@code .properties}, such as {@code
   *     messages}; the Chinese file adds {@code _zh_TW}
   * @param resources opens a resource by its name, returning {@code null} when there is none
   * @return the catalogue
   * @throws IllegalStateException if a file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static MessageCatalogue load(String baseName, Function<String, InputStream> resources) {
    return new MessageCatalogue(
        new Messages(Locales.ENGLISH, load(resources, baseName + ".properties")),
        new Messages(Locales.TRADITIONAL_CHINESE, load(resources, baseName + "_zh_TW.properties")));
  }

  /**
   * @param locale any locale
   * @return the messages in Traditional Chinese for any Chinese locale, in English for any other
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public Messages in(Locale locale) {
    return Locales.isChinese(Assert.notNull(locale, "locale")) ? chinese : english;
  }

  /**
   * @return the English messages
   */
  public Messages english() {
    return english;
  }

  /**
   * @return the Traditional Chinese messages
   */
  public Messages traditionalChinese() {
    return chinese;
  }

  private static Properties load(Function<String, InputStream> resources, String name) {
    Properties properties = new Properties();
    try (InputStream in = resources.apply(name)) {
      Assert.state(in != null, "missing resource %s", name);
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
