package io.github.kpi4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check that a module's message catalogue is translated: every module that words messages
 * of its own (validation, assessment, io-json, io-document, report, the CLI) runs it on its
 * catalogue, so that a key added in one language only, or a placeholder lost in translation, fails
 * that module's build.
 */
public final class Catalogues {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private Catalogues() {}

  /**
   * Checks that the catalogue has the same keys in English and Traditional Chinese, that each
   * message uses the same placeholders in both, that no English message holds a Chinese character
   * but those it may show as examples, and that every Chinese message whose English has words holds
   * one.
   *
   * <p>The catalogue is read as {@code MessageCatalogue} reads it (UTF-8 properties beside the
   * class that loads them), not through it: the shared internals are exported to kpi4j's modules,
   * not to tests on the class path.
   *
   * @param anchor the class beside which the catalogue's files lie
   * @param baseName the catalogue's base name, such as {@code messages}
   * @param englishMayHold the Chinese characters English messages may show (example units such as
   *     人), or {@code ""}
   */
  public static void assertTranslated(Class<?> anchor, String baseName, String englishMayHold) {
    check(anchor, baseName, c -> englishMayHold.indexOf(c) >= 0);
  }

  /**
   * Checks a catalogue as {@link #assertTranslated} does, for a module whose English messages quote
   * the Chinese labels of the documents they are about ({@code 評估體制}, {@code 壹}): any Chinese
   * character may stand in them.
   *
   * @param anchor the class beside which the catalogue's files lie
   * @param baseName the catalogue's base name, such as {@code messages}
   */
  public static void assertTranslatedQuotingChinese(Class<?> anchor, String baseName) {
    check(anchor, baseName, c -> true);
  }

  private static void check(Class<?> anchor, String baseName, IntPredicate englishMayHold) {
    Properties english = load(anchor, baseName + ".properties");
    Properties chinese = load(anchor, baseName + "_zh_TW.properties");
    assertThat(english.stringPropertyNames()).as("English keys").isNotEmpty();
    assertThat(new TreeSet<>(chinese.stringPropertyNames()))
        .as("the keys of both languages")
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String zh = chinese.getProperty(key);
      assertThat(placeholders(zh)).as("placeholders of %s", key).isEqualTo(placeholders(en));
      assertThat(en.codePoints().filter(englishMayHold.negate()).noneMatch(Catalogues::isHan))
          .as("English %s without Chinese: %s", key, en)
          .isTrue();
      // A message with words (not a separator or a placeholder alone) has Chinese words.
      if (en.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter)) {
        assertThat(zh.codePoints().anyMatch(Catalogues::isHan))
            .as("Chinese %s in Chinese: %s", key, zh)
            .isTrue();
      }
    }
  }

  private static Properties load(Class<?> anchor, String name) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      assertThat(in).as("%s beside %s", name, anchor.getName()).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
