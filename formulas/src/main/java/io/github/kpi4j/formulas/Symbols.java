package io.github.kpi4j.formulas;

import java.text.Normalizer;

/** How the characters of a formula are read: the full-width and ASCII forms alike. */
final class Symbols {
  /**
   * The symbol of each code point of the Basic Multilingual Plane once looked up, as 1 + its
   * ordinal (0: not yet). Measurement standards are read character by character, and the Chinese
   * punctuation in them (，、。「」) needs a normalisation each time to tell that it is no symbol:
   * looking symbols up was a sixth of validating MAC 107. Threads may race to fill an entry; each
   * writes the same value. (Symbol has fewer than 127 constants.)
   */
  private static final byte[] BMP = new byte[0x10000];

  private Symbols() {}

  /**
   * @return the symbol a code point stands for, or {@link Symbol#NONE}
   */
  static Symbol of(int cp) {
    if (cp < 0x80) {
      return direct(cp);
    }
    if (cp > 0xFFFF) {
      return lookUp(cp);
    }
    int known = BMP[cp];
    if (known == 0) {
      known = lookUp(cp).ordinal() + 1;
      BMP[cp] = (byte) known;
    }
    return Symbol.ofOrdinal(known - 1);
  }

  private static Symbol lookUp(int cp) {
    Symbol direct = direct(cp);
    if (direct != Symbol.NONE) {
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
      // ≒ and ≈ mark a printed approximate value, as ＝ marks a printed value.
      case 0x2252:
      case 0x2248:
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
   * Counting words (量詞) and units of time that follow a number at the start of a name, as in {@code
   * 65歲以上人口數}, {@code 0-14歲人口數}, {@code 12月底人數} or {@code 30日內結案數}.
   */
  private static final String COUNTING_WORDS =
      "歲年月日天週周季時小分秒個次人家戶件項類級層位名床班場區所棟座輛台臺條本篇張份頁倍成代期屆元千萬億百公";

  /**
   * @return whether the code point is a counting word that may follow the digits a name starts with
   */
  static boolean isCountingWord(int cp) {
    return COUNTING_WORDS.indexOf(cp) >= 0;
  }

  /**
   * @return whether the code point is a Latin x, which documents print for × between two operands
   */
  static boolean isLatinX(int cp) {
    return cp == 'x' || cp == 'X' || cp == 0xFF58 || cp == 0xFF38;
  }

  /**
   * @return whether the code point is an ASCII letter or digit
   */
  static boolean isAsciiLetterOrDigit(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }

  /**
   * @return whether the code point breaks a line
   */
  static boolean isLineBreak(int cp) {
    return cp == '\n'
        || cp == '\r'
        || cp == 0x85
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x0B
        || cp == 0x0C;
  }

  /**
   * The known symbol a character that is no symbol is most likely meant as: documents print {@code
   * ·} or {@code ✕} for ×, an en dash for −, a backslash for ÷.
   *
   * @return the symbol to suggest, or {@code null} for none
   */
  static String suggestion(int cp) {
    switch (cp) {
      case 0x00B7: // ·
      case 0x2027: // ‧
      case 0x2219: // ∙
      case 0x22C5: // ⋅
      case 0x2022: // •
      case 0x2715: // ✕
      case 0x2716: // ✖
      case 0x2573: // ╳
      case 0x2217: // ∗
        return "×";
      case 0x2215: // ∕
      case 0x2044: // ⁄
      case '\\':
      case 0xFF3C: // ＼
        return "÷";
      case 0x2010: // ‐
      case 0x2011: // ‑
      case 0x2012: // ‒
      case 0x2013: // –
      case 0x2014: // —
      case 0x2015: // ―
      case 0x2500: // ─
      case 0x30FC: // ー
        return "−";
      case 0x3008: // 〈
      case 0x300A: // 《
        return "（";
      case 0x3009: // 〉
      case 0x300B: // 》
        return "）";
      default:
        return null;
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
