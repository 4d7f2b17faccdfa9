package io.github.kpi4j.formulas;

import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;
import java.util.Set;

/**
 * The texts of formula problems, in English ({@code problems.properties}) or Traditional Chinese
 * ({@code problems_zh_TW.properties}) beside this class, in the one format of kpi4j's {@link
 * MessageCatalogue catalogues}. An argument here is a list of one or more values, joined by the
 * language's list separator.
 */
final class ProblemTexts {
  private static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("problems", name -> ProblemTexts.class.getResourceAsStream(name));
  private static final ProblemTexts EN = new ProblemTexts(CATALOGUE.english());
  private static final ProblemTexts ZH_TW = new ProblemTexts(CATALOGUE.traditionalChinese());

  private final Messages messages;

  private ProblemTexts(Messages messages) {
    this.messages = messages;
  }

  /**
   * @return the English texts
   */
  static ProblemTexts english() {
    return EN;
  }

  /**
   * @param locale any locale
   * @return Traditional Chinese for any Chinese locale, English for every other
   */
  static ProblemTexts of(Locale locale) {
    return CATALOGUE.in(locale) == CATALOGUE.english() ? EN : ZH_TW;
  }

  /**
   * @return the keys of the texts, for tests
   */
  Set<String> keys() {
    return messages.keys();
  }

  /**
   * @return a text as written, placeholders included, for tests
   */
  String pattern(String key) {
    return messages.pattern(key);
  }

  /**
   * @param key a key of the texts
   * @param args the arguments; each is a list of one or more values, joined by the language's list
   *     separator
   * @return the text with its placeholders replaced
   */
  String format(String key, String[][] args) {
    String separator = messages.pattern("list.separator");
    Object[] joined = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      joined[i] = String.join(separator, args[i]);
    }
    return messages.format(key, joined);
  }

  /**
   * @param problem a problem's text in this language
   * @param character the 1-based position of the problem in characters
   * @return the problem with its position, as messages give it
   */
  String at(String problem, int character) {
    return messages.format("at", problem, Integer.toString(character));
  }
}
