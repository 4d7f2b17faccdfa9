package io.github.kpi4j.report.internal;

import java.math.BigDecimal;

/**
 * Text as the report prints it. The templates escape every value; this class makes sure what they
 * escape is well-formed: a lone surrogate (which no encoder can write) or a control character
 * becomes U+FFFD, as an HTML parser would read it anyway.
 */
final class Text {
  private static final char REPLACEMENT = '\uFFFD';

  private Text() {}

  /**
   * @param text any text
   * @return the text with every lone surrogate and every control character but tab and line feed
   *     replaced by U+FFFD; the same instance where there is none
   */
  static String clean(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (suspect(c)) {
        return replace(text, i);
      }
    }
    return text;
  }

  private static boolean suspect(char c) {
    return Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
  }

  private static String replace(String text, int from) {
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, from);
    int length = text.length();
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (suspect(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @param text clean text
   * @param max the most code points to keep
   * @return the text, or its first {@code max} code points and an ellipsis
   */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
  }

  /**
   * @param value a number
   * @return the number in plain notation without trailing zeros: {@code 101.7}, {@code 6}
   */
  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }
}
