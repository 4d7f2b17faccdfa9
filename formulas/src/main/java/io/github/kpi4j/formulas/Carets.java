package io.github.kpi4j.formulas;

/** Shows a formula with a caret under a position, for the end of a message. */
final class Carets {
  /** Formulas longer than this are shown as a window around the position. */
  private static final int WINDOW = 100;

  private Carets() {}

  /**
   * @param formula the formula
   * @param position the 0-based index of the problem in it, or -1 for none
   * @return a line break and the formula (or a window of it), then, unless there is no position, a
   *     line break and a caret under the position
   */
  static String excerpt(String formula, int position) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    int to = formula.length();
    if (to > WINDOW) {
      from = position < 0 ? 0 : Math.max(0, position - WINDOW / 2);
      to = Math.min(formula.length(), from + WINDOW);
      from = snap(formula, from);
      to = snap(formula, to);
    }
    StringBuilder line = new StringBuilder();
    StringBuilder caret = new StringBuilder();
    if (from > 0) {
      line.append('…');
      caret.append(' ');
    }
    for (int i = from; i < to; ) {
      int cp = formula.codePointAt(i);
      if (i < position) {
        caret.append(" ".repeat(width(cp)));
      }
      // A line break or tab would break the caret's alignment.
      line.appendCodePoint(breaksLine(cp) ? ' ' : cp);
      i += Character.charCount(cp);
    }
    if (to < formula.length()) {
      line.append('…');
    }
    out.append('\n').append(line);
    if (position >= 0) {
      out.append('\n').append(caret).append('^');
    }
    return out.toString();
  }

  private static boolean breaksLine(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Moves an index off the second half of a surrogate pair. */
  private static int snap(String s, int index) {
    if (index > 0
        && index < s.length()
        && Character.isLowSurrogate(s.charAt(index))
        && Character.isHighSurrogate(s.charAt(index - 1))) {
      return index - 1;
    }
    return index;
  }

  /** The columns a code point takes in a monospaced terminal: 2 for East Asian wide ones. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0x303E)
            || (cp >= 0x3041 && cp <= 0x33FF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xA000 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x1F900 && cp <= 0x1F9FF)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
