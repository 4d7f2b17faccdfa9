package io.github.kpi4j.formulas;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a measurement standard into clauses, each of which may hold a formula; see {@link
 * MeasurementStandards} for where it cuts.
 */
final class Clauses {
  private static final String BULLETS = "•●■◎※▪◆・○□";
  private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

  /** Labels that name no measure. */
  private static final String[] GENERIC = {
    "公式", "算式", "方式", "方法", "定義", "計算", "說明", "備註", "註", "例", "分子", "分母", "標準"
  };

  /** The longest label that ends a line at a colon, in characters. */
  private static final int MAX_LABEL = 20;

  /**
   * A clause of the standard.
   *
   * @param start where it starts
   * @param end where it ends
   * @param isLabel whether it ends at a colon (a label for what follows)
   */
  record Clause(int start, int end, boolean isLabel) {
    /**
     * @return the measure the label names ({@code 執行率} in {@code （3）執行率：}), or {@code null} for a
     *     label that names none ({@code 計算公式：})
     */
    String labelName(String text) {
      int from = skipNumbering(text, MeasurementStandards.skipSpace(text, start, end), end);
      String label = text.substring(from, end).strip();
      if (isFormulaLabel(text)) {
        return null;
      }
      if (label.isEmpty() || !label.codePoints().allMatch(Symbols::isNamePart)) {
        return null;
      }
      for (String word : GENERIC) {
        if (label.contains(word)) {
          return null;
        }
      }
      return Symbols.normalise(label);
    }

    /**
     * @return whether the label introduces a formula: {@code 公式}, {@code 計算公式}, {@code 計算方式},
     *     {@code 算式}
     */
    boolean isFormulaLabel(String text) {
      String label = text.substring(start, end);
      return label.contains("公式") || label.contains("算式") || label.contains("計算方");
    }
  }

  private Clauses() {}

  static List<Clause> of(String text) {
    List<Clause> clauses = new ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      Symbol symbol = Symbols.of(cp);
      if (depth == 0
          && i > start
          && (cp == '(' || cp == '（')
          && skipNumbering(text, i, text.length()) > i
          && !Symbols.of(previousVisible(text, start, i)).isBinaryOperator()) {
        // List numbering within a line: 甲÷乙（2）丙÷丁
        add(clauses, text, start, i, false);
        start = i;
      }
      if (symbol.isClosing()) {
        depth = Math.max(0, depth - 1);
      } else if (symbol.isOpening()) {
        depth++;
      }
      boolean cut = false;
      boolean label = false;
      if ("。；;「」『』|｜".indexOf(cp) >= 0 || BULLETS.indexOf(cp) >= 0) {
        cut = true;
        depth = 0;
      } else if ((cp == '，' || cp == ',') && depth == 0 && !groupsDigits(text, i)) {
        cut = true;
      } else if (endsSentence(text, start, i)) {
        cut = true;
        depth = 0;
      } else if ((cp == '：' || cp == ':') && depth == 0) {
        cut = true;
        label = true;
      } else if (Symbols.isLineBreak(cp)) {
        int after = MeasurementStandards.skipSpace(text, next, text.length());
        if (after < text.length() && startsItem(text, after)) {
          cut = true;
          depth = 0;
        }
      }
      if (cut) {
        add(clauses, text, start, i, label);
        start = next;
      }
      i = next;
    }
    add(clauses, text, start, text.length(), false);
    return clauses;
  }

  /**
   * Whether a full stop printed as {@code .} or {@code ．} ends a sentence: followed by white space
   * within the line and a letter that is no digit ({@code …*100. 資料來源}), and not the full stop of
   * list numbering ({@code 1. 完成…}).
   */
  private static boolean endsSentence(String text, int start, int at) {
    if ((text.charAt(at) != '.' && text.charAt(at) != '．')
        || at == start
        || at + 2 >= text.length()) {
      return false;
    }
    int after = at + 1;
    if (!Symbols.isSpace(text.charAt(after)) || Symbols.isLineBreak(text.charAt(after))) {
      return false;
    }
    int next = MeasurementStandards.skipSpace(text, after, text.length());
    if (next >= text.length()
        || Symbols.isLineBreak(text.charAt(next))
        || !Character.isLetter(text.codePointAt(next))
        || text.codePointAt(next) < 0x2E80) {
      return false; // 1. 2 or Table 1. Statistical: no sentence of this text
    }
    int from = MeasurementStandards.skipSpace(text, start, at);
    return skipNumbering(text, from, text.length()) != at + 1;
  }

  private static int previousVisible(String text, int start, int at) {
    int i = at;
    while (i > start && Symbols.isSpace(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return i > start ? text.codePointBefore(i) : ' ';
  }

  private static void add(List<Clause> clauses, String text, int start, int end, boolean label) {
    if (!text.substring(start, end).isBlank()) {
      clauses.add(new Clause(start, end, label));
    }
  }

  /** A comma between digit groups ({@code 10,000}) does not cut. */
  private static boolean groupsDigits(String text, int comma) {
    if (comma == 0 || !Character.isDigit(text.codePointBefore(comma))) {
      return false;
    }
    int i = comma + 1;
    for (int n = 0; n < 3; n++, i++) {
      if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return i >= text.length() || !Character.isDigit(text.charAt(i));
  }

  /**
   * Whether a line starting at {@code at} starts an item of its own: list numbering, a bullet, or a
   * label ending at a colon.
   */
  static boolean startsItem(String text, int at) {
    if (skipNumbering(text, at, text.length()) > at || BULLETS.indexOf(text.codePointAt(at)) >= 0) {
      return true;
    }
    return startsLabel(text, at);
  }

  /** Whether a label ending at a colon starts at {@code at}: {@code 計算公式：}. */
  static boolean startsLabel(String text, int at) {
    int count = 0;
    for (int i = at; i < text.length() && count <= MAX_LABEL; count++) {
      int cp = text.codePointAt(i);
      if (cp == '：' || cp == ':') {
        return count > 0;
      }
      if (Symbols.isLineBreak(cp) || Symbols.of(cp) != Symbol.NONE || "。；;，,".indexOf(cp) >= 0) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean countFollows(String text, int at, int end) {
    // Digits, a range and white space (a count wrapped inside), then a counting word.
    int i = at;
    while (i < end
        && (Character.isDigit(text.charAt(i))
            || Symbols.isSpace(text.charAt(i))
            || "-－~～".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i > at && i + 1 < end && Symbols.isCountingWord(text.charAt(i));
  }

  /**
   * @return where the text goes on after list numbering at {@code from} ({@code 3.}, {@code （2）},
   *     {@code 一、}, {@code ①}), or {@code from} if there is none
   */
  static int skipNumbering(String text, int from, int end) {
    if (from >= end) {
      return from;
    }
    int cp = text.codePointAt(from);
    if (cp >= 0x2460 && cp <= 0x249B) {
      return from + 1;
    }
    int i = from;
    boolean bracket = cp == '(' || cp == '（';
    if (bracket) {
      i++;
    }
    int digits = 0;
    int numerals = 0;
    while (i < end && Character.isDigit(text.charAt(i)) && numerals == 0) {
      i++;
      digits++;
    }
    while (i < end && CHINESE_NUMERALS.indexOf(text.charAt(i)) >= 0 && digits == 0) {
      i++;
      numerals++;
    }
    if ((digits == 0 && numerals == 0) || digits > 2 || numerals > 3 || i >= end) {
      return from;
    }
    char c = text.charAt(i);
    if (bracket) {
      return c == ')' || c == '）' ? i + 1 : from;
    }
    if (c == '、' || (numerals == 0 && (c == ')' || c == '）'))) {
      return i + 1;
    }
    if (c == '.' || c == '．') {
      boolean digitAfter = i + 1 < end && Character.isDigit(text.charAt(i + 1));
      // 3.65歲以上人口數 is item 3 and a name that starts with a count, not 3.65
      return digitAfter && !countFollows(text, i + 1, end) ? from : i + 1;
    }
    return from;
  }
}
