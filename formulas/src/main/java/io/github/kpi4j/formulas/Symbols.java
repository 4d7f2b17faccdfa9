package io.github.kpi4j.formulas;

import java.text.Normalizer;

/** How the characters of a formula are read: the full-width and ASCII forms alike. */
final class Symbols {
  private Symbols() {}

  /**
   * @return the symbol a code point stands for, or {@link Symbol#NONE}
   */
  static Symbol of(int cp) {
    Symbol direct = direct(cp);
    if (direct != Symbol.NONE || cp < 0x80) {
      return direct;
    }
    // Letters and digits (every Chinese character of a name) never fold into a symbol: skip the
    // costly normalisation for them, which the lexer would otherwise pay on every character.
    if (Character.isLetterOrDigit(cp)) {
      return Symbol.NONE;
    }
    // Compatibility forms such as the small plus ﹢ (U+FE62) mean what their NFKC form means.
    String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    return nfkc.codePointCount(0, nfkc.length()) == 1 ? direct(nfkc.codePointAt(0)) : Symbol.NONE;
  }

  private static Symbol direct(int cp) {
    switch (cp) {
      case '+':
      case 0xFF0B:
        return Symbol.PLUS;
      case '-':
      case 0xFF0D:
      case 0x2212:
        return Symbol.MINUS;
      case '*':
      case 0xFF0A:
      case 0x00D7:
        return Symbol.TIMES;
      case '/':
      case 0xFF0F:
      case 0x00F7:
        return Symbol.DIVIDE;
      case '^':
      case 0xFF3E:
        return Symbol.POWER;
      case '%':
      case 0xFF05:
        return Symbol.PERCENT;
      case '=':
      case 0xFF1D:
        return Symbol.EQUALS;
      case '.':
      case 0xFF0E:
        return Symbol.DOT;
      case '(':
      case 0xFF08:
        return Symbol.OPEN_ROUND;
      case ')':
      case 0xFF09:
        return Symbol.CLOSE_ROUND;
      case '[':
      case 0xFF3B:
        return Symbol.OPEN_SQUARE;
      case ']':
      case 0xFF3D:
        return Symbol.CLOSE_SQUARE;
      case 0x3010:
      case 0x3016:
        return Symbol.OPEN_LENTICULAR;
      case 0x3011:
      case 0x3017:
        return Symbol.CLOSE_LENTICULAR;
      case '{':
      case 0xFF5B:
        return Symbol.OPEN_CURLY;
      case '}':
      case 0xFF5D:
        return Symbol.CLOSE_CURLY;
      case 0x3014:
        return Symbol.OPEN_TORTOISE;
      case 0x3015:
        return Symbol.CLOSE_TORTOISE;
      default:
        return Symbol.NONE;
    }
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
