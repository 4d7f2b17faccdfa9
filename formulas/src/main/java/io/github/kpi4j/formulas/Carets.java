package io.github.kpi4j.formulas;

import io.github.kpi4j.internal.DisplayWidth;

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
        // A line break or tab is shown as one space; everything else as wide as a terminal shows
        // it.
        caret.append(" ".repeat(breaksLine(cp) ? 1 : DisplayWidth.of(cp)));
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
}
