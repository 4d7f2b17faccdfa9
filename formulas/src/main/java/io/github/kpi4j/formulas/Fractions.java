package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FoundFormula.Note;
import io.github.kpi4j.formulas.FoundFormula.Repair;
import io.github.kpi4j.formulas.FoundFormula.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A numerator and a denominator printed apart ({@code 分子：… 分母：…}), assembled into one formula; see
 * {@link MeasurementStandards}.
 */
final class Fractions {
  private static final String NUMERATOR = "分子";
  private static final String DENOMINATOR = "分母";

  /** Quotes around a part, opening and closing in pairs. */
  private static final String QUOTES = "「」『』“”\"\"";

  private Fractions() {}

  /**
   * @return the fraction the standard prints, or {@code null} if it prints no numerator and
   *     denominator apart
   */
  static Fraction of(String text) {
    int numerator = label(text, NUMERATOR);
    int denominator = label(text, DENOMINATOR);
    if (numerator < 0 || denominator < 0) {
      return null;
    }
    int[] n = part(text, numerator, denominator);
    int[] d = part(text, denominator, numerator);
    if (n == null || d == null) {
      return null;
    }
    return new Fraction(numerator, denominator, n, d);
  }

  /**
   * @return where a label stands: at the start of the text, a line, a clause or after numbering,
   *     followed by a colon, 為, an equals sign or a line break; -1 if nowhere
   */
  private static int label(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int after = at + word.length();
      // A label in brackets, （分子）…: it starts where its bracket opens.
      boolean bracketed = isBracketedLabel(text, at);
      int from = bracketed ? at - 1 : at;
      if (bracketed) {
        after++;
      }
      int before = spaceBefore(text, from);
      int next = MeasurementStandards.skipSpace(text, after, text.length());
      boolean colon = next < text.length() && "：:＝=".indexOf(text.charAt(next)) >= 0;
      boolean starts =
          before == 0
              || Symbols.isLineBreak(text.charAt(before - 1))
              || "：:，,。；;、•●■◎※".indexOf(text.charAt(before - 1)) >= 0
              || numbered(text, from, before)
              // 分子：甲 分母：乙, the second label after white space within the line
              || (before < from && (colon || bracketed));
      boolean ends;
      if (bracketed) {
        // （分子）甲: what follows is the part, not an operator (（分子）／（分母） is a formula)
        ends =
            next < text.length()
                && (colon
                    || Symbols.isLineBreak(text.charAt(next))
                    || !Symbols.of(text.codePointAt(next)).isBinaryOperator()
                        && !Symbols.of(text.codePointAt(next)).isClosing()
                        && "，,。；;".indexOf(text.charAt(next)) < 0);
      } else {
        ends =
            next < text.length()
                && (colon
                    || text.charAt(next) == '為'
                    || text.substring(after, next).codePoints().anyMatch(Symbols::isLineBreak));
      }
      if (starts && ends) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether list numbering ends at {@code before}, at the start of the line, after white space, or
   * in brackets: {@code 1.分子：}, {@code (1)分子：甲 (2)分母：乙}, {@code （1）分子：甲（2）分母：乙}.
   */
  private static boolean numbered(String text, int from, int before) {
    return numbering(text, from, before) >= 0;
  }

  /**
   * @return where the list numbering that ends at {@code before} starts, or -1
   */
  private static int numbering(String text, int from, int before) {
    int line = lineStart(text, from);
    for (int at = before - 1; at >= line && before - at <= 6; at--) {
      if ((at == line
              || Symbols.isSpace(text.charAt(at - 1))
              || Symbols.of(text.charAt(at)).isOpening())
          && Clauses.skipNumbering(text, at, from) == before) {
        return at;
      }
    }
    return -1;
  }

  /**
   * @return where the label whose word is at {@code at} starts: its bracket ({@code （分母）}) or the
   *     list numbering before it ({@code 2.分母：}), else {@code at}
   */
  private static int labelStart(String text, int at) {
    int from = isBracketedLabel(text, at) ? at - 1 : at;
    int before = spaceBefore(text, from);
    int numbered = numbering(text, from, before);
    return numbered >= 0 ? numbered : from;
  }

  private static int lineStart(String text, int at) {
    int i = at;
    while (i > 0 && !Symbols.isLineBreak(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * @return the start and end of the part after the label at {@code at}: to the other label, the
   *     end of the sentence, or a line that starts an item of its own; {@code null} if empty
   */
  private static int[] part(String text, int at, int other) {
    int i = at + 2;
    if (i < text.length() && Symbols.of(text.charAt(i)).isClosing()) {
      i++; // （分子）
    }
    i = MeasurementStandards.skipSpace(text, i, text.length());
    if (i < text.length() && "：:為＝=".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    int start = MeasurementStandards.skipSpace(text, i, text.length());
    int stop = labelStart(text, other);
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (end == stop || end == other || "。；;".indexOf(c) >= 0) {
        break;
      }
      if (Symbols.isSpace(c) && !Symbols.isLineBreak(c)) {
        // 分母：乙  計算公式：…, a label of its own after white space within the line
        int next = MeasurementStandards.skipSpace(text, end, text.length());
        if (next < text.length() && next != other && Clauses.startsLabel(text, next)) {
          break;
        }
      }
      if (Symbols.isLineBreak(c)) {
        int next = MeasurementStandards.skipSpace(text, end, text.length());
        if (next >= text.length()
            || next == other
            || Clauses.startsItem(text, next)
            || isHead(text, next)) {
          break;
        }
      }
      end++;
    }
    end = MeasurementStandards.trimEnd(text, start, end);
    // 分子為「實際完成件數」: the quotes are no part of the name
    int quote = end - start > 2 ? QUOTES.indexOf(text.charAt(start)) : -1;
    if (quote >= 0 && quote % 2 == 0 && text.charAt(end - 1) == QUOTES.charAt(quote + 1)) {
      start++;
      end--;
    }
    return end > start ? new int[] {start, end} : null;
  }

  /**
   * @return where the white space within the line that ends at {@code from} starts ({@code from}
   *     itself where none does)
   */
  private static int spaceBefore(String text, int from) {
    int before = from;
    while (before > 0
        && Symbols.isSpace(text.charAt(before - 1))
        && !Symbols.isLineBreak(text.charAt(before - 1))) {
      before--;
    }
    return before;
  }

  /**
   * Whether the two-character label ({@code 分子}, {@code 分母}) at {@code at} stands in brackets:
   * {@code （分母）}.
   */
  static boolean isBracketedLabel(String text, int at) {
    return at > 0
        && at + 2 < text.length()
        && Symbols.of(text.charAt(at - 1)).isOpening()
        && Symbols.of(text.charAt(at + 2)).isClosing();
  }

  /** A line that is a head alone, such as {@code 備註}: a short run of letters up to a line break. */
  private static boolean isHead(String text, int at) {
    for (String head : new String[] {"備註", "註", "說明", "附註"}) {
      if (text.startsWith(head, at)) {
        int after = MeasurementStandards.skipSpace(text, at + head.length(), text.length());
        if (after >= text.length()
            || text.substring(at + head.length(), after).codePoints().anyMatch(Symbols::isLineBreak)
            || "：:".indexOf(text.charAt(after)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The numerator and the denominator found, and the formula of both, if the standard has one. */
  static final class Fraction {
    private final int numeratorLabel;
    private final int denominatorLabel;
    private final int[] numerator;
    private final int[] denominator;
    private CompiledFormula template;

    Fraction(int numeratorLabel, int denominatorLabel, int[] numerator, int[] denominator) {
      this.numeratorLabel = numeratorLabel;
      this.denominatorLabel = denominatorLabel;
      this.numerator = numerator;
      this.denominator = denominator;
    }

    /** Whether a clause lies within the labels and parts, and so is read with them. */
    boolean covers(int start, int end) {
      int from = Math.min(numeratorLabel, denominatorLabel);
      int to = Math.max(numerator[1], denominator[1]);
      return start < to && end > from;
    }

    /** Whether a formula is of 分子 and 分母 alone, such as {@code (分子/分母)x100%}. */
    boolean isTemplate(CompiledFormula formula) {
      return Set.copyOf(formula.variables()).equals(Set.of(NUMERATOR, DENOMINATOR));
    }

    void template(MeasurementStandards.Found found) {
      if (template == null) {
        template = found.formula;
      }
    }

    /**
     * @return the formula assembled from the parts, or {@code null} if the parts do not make one
     */
    MeasurementStandards.Found assemble(String text) {
      boolean fullWidth = text.chars().anyMatch(c -> c >= 0xFF00 && c <= 0xFFEF);
      String[] parts = {readPart(text, numerator), readPart(text, denominator)};
      if (parts[0] == null || parts[1] == null) {
        return null;
      }
      boolean[] described = {!isFormula(parts[0]), !isFormula(parts[1])};
      String shape =
          template != null
              ? template.expression()
              : NUMERATOR + (fullWidth ? "÷" : "÷") + DENOMINATOR;
      StringBuilder out = new StringBuilder();
      List<Integer> names = new ArrayList<>();
      for (int i = 0; i < shape.length(); ) {
        int which = shape.startsWith(NUMERATOR, i) ? 0 : shape.startsWith(DENOMINATOR, i) ? 1 : -1;
        if (which < 0) {
          out.appendCodePoint(shape.codePointAt(i));
          i += Character.charCount(shape.codePointAt(i));
          continue;
        }
        String part = parts[which];
        boolean wrap = !described[which] && hasOperator(part);
        if (wrap) {
          out.append(fullWidth ? '（' : '(');
        }
        if (described[which]) {
          names.add(out.length());
          out.append(part);
          names.add(out.length());
        } else {
          out.append(part);
        }
        if (wrap) {
          out.append(fullWidth ? '）' : ')');
        }
        i += 2;
      }
      CompiledFormula formula;
      try {
        formula =
            FormulaCompiler.compile(
                out.toString(), names.stream().mapToInt(Integer::intValue).toArray());
      } catch (FormulaException e) {
        return null;
      }
      if (formula.variables().isEmpty()) {
        return null;
      }
      List<Note> notes = new ArrayList<>();
      notes.add(new Note(Repair.ASSEMBLED_FRACTION, Math.min(numeratorLabel, denominatorLabel)));
      List<Span> spans = new ArrayList<>();
      for (int[] part :
          numerator[0] < denominator[0]
              ? new int[][] {numerator, denominator}
              : new int[][] {denominator, numerator}) {
        spans.add(new Span(part[0], part[1]));
        for (int i = part[0]; i < part[1]; i++) {
          if (Symbols.isLineBreak(text.charAt(i)) && !Symbols.isSpace(text.charAt(i - 1))) {
            notes.add(new Note(Repair.JOINED_LINE_BREAK, i));
          }
        }
      }
      return new MeasurementStandards.Found(formula, spans, List.of(), notes);
    }

    /** A part as one line: line breaks and the indentation after them removed. */
    private static String partText(String text, int[] part) {
      StringBuilder out = new StringBuilder();
      int i = part[0];
      while (i < part[1]) {
        char c = text.charAt(i);
        if (Symbols.isSpace(c)) {
          int j = i;
          boolean lineBreak = false;
          while (j < part[1] && Symbols.isSpace(text.charAt(j))) {
            lineBreak |= Symbols.isLineBreak(text.charAt(j));
            j++;
          }
          if (!lineBreak) {
            out.append(text, i, j);
          }
          i = j;
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }

    /** Whether a part reads as a formula (or a name) with at least one variable. */
    private static boolean isFormula(String part) {
      try {
        CompiledFormula formula = FormulaCompiler.compile(part);
        return !formula.variables().isEmpty() && formula.printedValue().isEmpty();
      } catch (FormulaException e) {
        return false;
      }
    }

    /**
     * A part as read: a formula or a name, with a trailing remark in brackets left out ({@code
     * 住院人日(排除健診住院人次)}); else, if it holds no operator, a description that is one variable; else
     * {@code null}.
     */
    private static String readPart(String text, int[] part) {
      String whole = partText(text, part);
      MeasurementStandards.Found found =
          MeasurementStandards.readCandidate(text, part[0], part[1], null, new ArrayList<>(), true);
      if (found != null && found.formula.printedValue().isEmpty()) {
        String read = partText(found.text(), new int[] {0, found.text().length()});
        if (!read.equals(whole) || isFormula(read)) {
          return read;
        }
      }
      boolean equals = whole.codePoints().anyMatch(cp -> Symbols.of(cp) == Symbol.EQUALS);
      return hasOperator(whole) || equals ? null : whole;
    }

    /**
     * Whether a part holds an operator; a hyphen inside a Latin word (Potassium-sparing) is none.
     */
    private static boolean hasOperator(String part) {
      String normal = Symbols.normalise(part);
      for (int i = 0; i < normal.length(); ) {
        int cp = normal.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (Symbols.of(cp).isBinaryOperator()
            && !(cp == '-'
                && i > 0
                && next < normal.length()
                && isLatinLetter(normal.codePointBefore(i))
                && isLatinLetter(normal.codePointAt(next)))) {
          return true;
        }
        i = next;
      }
      return false;
    }

    private static boolean isLatinLetter(int cp) {
      return cp < 0x80 && Character.isLetter(cp);
    }
  }
}
