package io.github.kpi4j.cli;

/**
 * How many terminal columns text takes: East Asian wide and full-width characters (Chinese,
 * Japanese kana, Hangul, full-width forms, most emoji) take two, combining marks and other
 * zero-width characters none, everything else one.
 *
 * <p>Plans are Chinese: a table that counted characters instead would lose its columns on the first
 * KPI name. Characters of ambiguous width ({@code …}, {@code ○}) count one, as terminals outside
 * East Asian locales show them.
 */
final class TextWidth {
  /** Ranges of East Asian Width W and F (Unicode 15, UAX #11), merged where adjacent. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, // Hangul Jamo initial consonants
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF}, // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed
    {0x3400, 0x4DBF}, // CJK extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo extended A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60}, // full-width forms
    {0xFFE0, 0xFFE6}, // full-width signs
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, // Tangut
    {0x1B000, 0x1B2FF}, // kana supplement and extensions, Nüshu
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251}, // enclosed ideographic supplement
    {0x1F260, 0x1F265},
    {0x1F300, 0x1F64F}, // pictographs and emoticons
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x3FFFD}, // CJK extensions B and later, planes 2 and 3
  };

  private TextWidth() {}

  /**
   * @param codePoint a Unicode code point
   * @return the columns it takes: 0, 1 or 2
   */
  static int of(int codePoint) {
    if (codePoint == 0 || isZeroWidth(codePoint)) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /**
   * @param text any text
   * @return the columns it takes on one line
   */
  static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      width += of(c);
      i += Character.charCount(c);
    }
    return width;
  }

  /**
   * Shortens text to at most {@code columns} columns, ending it with {@code …} when something was
   * cut; a wide character that would straddle the limit is left out whole.
   *
   * @param text the text
   * @param columns the columns available, at least 1
   * @return the text itself if it fits, else its longest prefix that fits with {@code …} after it
   */
  static String truncate(String text, int columns) {
    if (of(text) <= columns) {
      return text;
    }
    int room = columns - 1; // the ellipsis takes one column
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int w = of(c);
      if (used + w > room) {
        break;
      }
      out.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    return out.append('…').toString();
  }

  /**
   * @param text the text
   * @param columns the columns to fill
   * @return the text followed by spaces up to {@code columns} columns
   */
  static String padRight(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - of(text)));
  }

  /**
   * @param text the text
   * @param columns the columns to fill
   * @return spaces up to {@code columns} columns, then the text
   */
  static String padLeft(String text, int columns) {
    return " ".repeat(Math.max(0, columns - of(text))) + text;
  }

  private static boolean isZeroWidth(int c) {
    switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
      case Character.CONTROL:
        return true;
      default:
        // Hangul medial vowels and final consonants join the syllable before them.
        return c >= 0x1160 && c <= 0x11FF;
    }
  }

  private static boolean isWide(int c) {
    if (c < 0x1100) {
      return false;
    }
    int low = 0;
    int high = WIDE.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (c < WIDE[mid][0]) {
        high = mid - 1;
      } else if (c > WIDE[mid][1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
