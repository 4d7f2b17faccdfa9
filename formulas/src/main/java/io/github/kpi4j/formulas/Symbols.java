package io.github.kpi4j.formulas;

import java.text.Normalizer;

/** How the characters of a formula are read: the full-width and ASCII forms alike. */
final class Symbols {
  static final int NONE = 0;
  static final int PLUS = 1;
  static final int MINUS = 2;
  static final int TIMES = 3;
  static final int DIVIDE = 4;
  static final int POWER = 5;
  static final int PERCENT = 6;
  static final int EQUALS = 7;
  static final int DOT = 8;

  /** An opening bracket of kind k is {@code OPEN + k}; a closing one {@code CLOSE + k}. */
  static final int OPEN = 100;

  static final int CLOSE = 200;
  static final int ROUND = 1;
  static final int SQUARE = 2;
  static final int LENTICULAR = 3;
  static final int CURLY = 4;
  static final int TORTOISE = 5;

  private Symbols() {}

  /**
   * @return the symbol a code point stands for, or {@link #NONE}
   */
  static int of(int cp) {
    int direct = direct(cp);
    if (direct != NONE || cp < 0x80) {
      return direct;
    }
    // Letters and digits (every Chinese character of a name) never fold into a symbol: skip the
    // costly normalisation for them, which the lexer would otherwise pay on every character.
    if (Character.isLetterOrDigit(cp)) {
      return NONE;
    }
    // Compatibility forms such as the small plus ﹢ (U+FE62) mean what their NFKC form means.
    String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    return nfkc.codePointCount(0, nfkc.length()) == 1 ? direct(nfkc.codePointAt(0)) : NONE;
  }

  private static int direct(int cp) {
    switch (cp) {
      case '+':
      case 0xFF0B:
        return PLUS;
      case '-':
      case 0xFF0D:
      case 0x2212:
        return MINUS;
      case '*':
      case 0xFF0A:
      case 0x00D7:
        return TIMES;
      case '/':
      case 0xFF0F:
      case 0x00F7:
        return DIVIDE;
      case '^':
      case 0xFF3E:
        return POWER;
      case '%':
      case 0xFF05:
        return PERCENT;
      case '=':
      case 0xFF1D:
        return EQUALS;
      case '.':
      case 0xFF0E:
        return DOT;
      case '(':
      case 0xFF08:
        return OPEN + ROUND;
      case ')':
      case 0xFF09:
        return CLOSE + ROUND;
      case '[':
      case 0xFF3B:
        return OPEN + SQUARE;
      case ']':
      case 0xFF3D:
        return CLOSE + SQUARE;
      case 0x3010:
      case 0x3016:
        return OPEN + LENTICULAR;
      case 0x3011:
      case 0x3017:
        return CLOSE + LENTICULAR;
      case '{':
      case 0xFF5B:
        return OPEN + CURLY;
      case '}':
      case 0xFF5D:
        return CLOSE + CURLY;
      case 0x3014:
        return OPEN + TORTOISE;
      case 0x3015:
        return CLOSE + TORTOISE;
      default:
        return NONE;
    }
  }

  /**
   * @return whether the symbol is an operator between two operands: + − × ÷ ^
   */
  static boolean isBinaryOperator(int symbol) {
    return symbol >= PLUS && symbol <= POWER;
  }

  /**
   * @return whether the code point is white space that separates tokens (or nothing at all)
   */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        // PDF extraction leaves zero-width spaces and byte-order marks in text.
        || cp == 0x200B
        || cp == 0xFEFF;
  }

  /**
   * @return whether the code point may start a variable
   */
  static boolean isNameStart(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.LETTER_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION;
  }

  /**
   * @return whether the code point may continue a variable
   */
  static boolean isNamePart(int cp) {
    if (isNameStart(cp) || Character.isDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * @param name a variable's name as printed, or a key naming one
   * @return the form in which variables are compared: Unicode NFKC ({@code Ａ} is {@code A}),
   *     nothing else; white space is not removed, since it ends a name rather than belonging to it
   */
  static String normalise(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC);
  }

  /**
   * @return the code point quoted for a message: {@code '、'}, or {@code U+0007} when invisible
   */
  static String quote(int cp) {
    int type = Character.getType(cp);
    boolean invisible =
        Character.isISOControl(cp)
            || isSpace(cp)
            || type == Character.FORMAT
            || type == Character.UNASSIGNED
            || type == Character.SURROGATE
            || type == Character.PRIVATE_USE
            || type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    return invisible ? String.format("U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
  }

  /**
   * @return a piece of text quoted for a message, shortened when long
   */
  static String quote(String text) {
    int count = text.codePointCount(0, text.length());
    if (count > 24) {
      return "'" + text.substring(0, text.offsetByCodePoints(0, 20)) + "…'";
    }
    return "'" + text + "'";
  }
}
