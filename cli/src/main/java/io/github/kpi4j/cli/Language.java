package io.github.kpi4j.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The languages of {@code --lang}: {@code en} and {@code zh-TW}. */
enum Language {
  /** English, the default. */
  EN("en", Locale.ENGLISH),
  /** Traditional Chinese as used in Taiwan. */
  ZH_TW("zh-TW", Locale.TRADITIONAL_CHINESE);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /**
   * @return the locale that the validator, the assessor and the CLI's messages are given
   */
  Locale locale() {
    return locale;
  }

  /**
   * The language the arguments ask for, for a message written after (or outside) the command: a
   * failed write of standard output.
   *
   * @param args the command line's arguments
   * @return the language of the last {@code --lang}, or English
   */
  static Language of(String... args) {
    Language language = EN;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        try {
          language = new Converter().convert(value);
        } catch (RuntimeException e) {
          // Bad usage, reported by the command line itself.
        }
      }
    }
    return language;
  }

  @Override
  public String toString() {
    return tag;
  }

  /** Reads {@code en} or {@code zh-TW}, in any case, with {@code -} or {@code _}. */
  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      String wanted = value.strip().replace('_', '-');
      for (Language language : values()) {
        if (language.tag.equalsIgnoreCase(wanted)) {
          return language;
        }
      }
      throw new TypeConversionException("expected en or zh-TW, got '" + value + "'");
    }
  }
}
