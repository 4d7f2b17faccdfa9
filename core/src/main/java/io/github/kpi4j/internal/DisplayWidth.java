package io.github.kpi4j.internal;

/**
 * How many terminal columns text takes, the one measure kpi4j uses wherever text is aligned (the
 * CLI's tables, the caret under a formula's problem): East Asian wide and full-width characters
 * (Chinese, Japanese kana, Hangul, full-width forms, small form variants, emoji of emoji
 * presentation) take two, combining marks and other zero-width characters none, everything else
 * one.
 *
 * <p>Plans are Chinese: a table that counted characters instead would lose its columns on the first
 * KPI name. Characters of ambiguous width ({@code …}, {@code ○}) count one, as terminals outside
 * East Asian locales show them.
 */
public final class DisplayWidth {
  /**
   * The code points of East Asian Width W (wide) and F (full-width) in Unicode 17.0's
   * EastAsianWidth.txt (UAX #11), adjacent ranges merged; unassigned code points that the file
   * gives W by default (in the CJK blocks) are included, so an ideograph newer than the JDK still
   * takes two columns. Among them: the small form variants U+FE50–FE6B, which are as wide as the
   * full-width punctuation they stand for, and the emoji of emoji presentation (U+1F300–1F320,
   * U+1F600–1F64F …), while the symbols among them shown as text by default (U+1F321 🌡, U+1F336 🌶
   * …) are narrow.
   */
  private static final int[][] WIDE = {
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2630, 0x2637},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x268A, 0x268F},
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
    {0x2E80, 0x2E99},
    {0x2E9B, 0x2EF3},
    {0x2F00, 0x2FD5},
    {0x2FF0, 0x303E},
    {0x3041, 0x3096},
    {0x3099, 0x30FF},
    {0x3105, 0x312F},
    {0x3131, 0x318E},
    {0x3190, 0x31E5},
    {0x31EF, 0x321E},
    {0x3220, 0x3247},
    {0x3250, 0xA48C},
    {0xA490, 0xA4C6},
    {0xA960, 0xA97C},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},
    {0xFE30, 0xFE52},
    {0xFE54, 0xFE66},
    {0xFE68, 0xFE6B},
    {0xFF01, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x16FE4},
    {0x16FF0, 0x16FF6},
    {0x17000, 0x18CDA},
    {0x18CFF, 0x18D20},
    {0x18D80, 0x18DF2},
    {0x18E00, 0x19191},
    {0x191A0, 0x191D2},
    {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB},
    {0x1AFFD, 0x1AFFE},
    {0x1B000, 0x1B128},
    {0x1B132, 0x1B132},
    {0x1B150, 0x1B152},
    {0x1B155, 0x1B155},
    {0x1B164, 0x1B168},
    {0x1B170, 0x1B2FB},
    {0x1D300, 0x1D356},
    {0x1D360, 0x1D376},
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F1AE, 0x1F1AE},
    {0x1F200, 0x1F202},
    {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248},
    {0x1F250, 0x1F251},
    {0x1F260, 0x1F265},
    {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C},
    {0x1F37E, 0x1F393},
    {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0},
    {0x1F3F4, 0x1F3F4},
    {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D},
    {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D9},
    {0x1F6DC, 0x1F6DF},
    {0x1F6EB, 0x1F6EC},
    {0x1F6F4, 0x1F6FC},
    {0x1F7DA, 0x1F7DA},
    {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0},
    {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945},
    {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FA7C},
    {0x1FA80, 0x1FAC6},
    {0x1FAC8, 0x1FAC8},
    {0x1FACC, 0x1FADD},
    {0x1FADF, 0x1FAEB},
    {0x1FAEF, 0x1FAFA},
    {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
  };

  private DisplayWidth() {}

  /**
   * @param codePoint a Unicode code point
   * @return the columns it takes: 0, 1 or 2
   */
  public static int of(int codePoint) {
    if (codePoint == 0 || isZeroWidth(codePoint)) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /**
   * @param text any text
   * @return the columns it takes on one line
   */
  public static int of(CharSequence text) {
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
  public static String truncate(String text, int columns) {
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
  public static String padRight(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - of(text)));
  }

  /**
   * @param text the text
   * @param columns the columns to fill
   * @return spaces up to {@code columns} columns, then the text
   */
  public static String padLeft(String text, int columns) {
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
