package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FoundFormula.Note;
import io.github.kpi4j.formulas.FoundFormula.Repair;
import io.github.kpi4j.formulas.FoundFormula.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels printed inside a formula, before its operands: {@code （分子）甲／（分母）乙×100%}, {@code 分子:甲 /
 * 分母:乙 x 100%}. They name the operand that follows and are no arithmetic: the formula is read with
 * them left out ({@code 甲／乙×100%}), and what is found is placed back in the standard as printed;
 * see {@link MeasurementStandards}.
 */
final class OperandLabels {
  private static final String[] WORDS = {"分子", "分母"};

  /**
   * The standard with the labels left out, and where each of its characters stands in the standard.
   */
  private final String text;

  private final int[] original;
  private final int firstLabel;

  private OperandLabels(String text, int[] original, int firstLabel) {
    this.text = text;
    this.original = original;
    this.firstLabel = firstLabel;
  }

  /**
   * @return the standard with its operand labels left out, or {@code null} if it prints none inside
   *     a formula: a label in brackets glued before an operand, where one of {@code 分子} and {@code
   *     分母} follows an operator
   */
  static OperandLabels of(String text) {
    List<int[]> labels = new ArrayList<>();
    boolean afterOperator = false;
    boolean[] seen = new boolean[WORDS.length];
    // Both words start with 分: the search goes from one 分 to the next, not through every
    // character of every standard.
    for (int at = text.indexOf('分');
        at >= 0 && at + 2 <= text.length();
        at = text.indexOf('分', at + 1)) {
      int word = text.startsWith(WORDS[0], at) ? 0 : text.startsWith(WORDS[1], at) ? 1 : -1;
      if (word < 0) {
        continue;
      }
      // （分子）甲 or 分子：甲
      int i;
      int end;
      if (Fractions.isBracketedLabel(text, at)) {
        i = at - 1;
        end = at + 3;
      } else {
        int colon = MeasurementStandards.skipSpace(text, at + 2, text.length());
        if (colon >= text.length() || "：:".indexOf(text.charAt(colon)) < 0) {
          continue;
        }
        i = at;
        end = colon + 1;
      }
      int next = MeasurementStandards.skipSpace(text, end, text.length());
      if (next >= text.length() || !isOperandStart(text.codePointAt(next))) {
        continue; // （分子）／（分母）: the labels are the operands
      }
      int before = i;
      while (before > 0 && Symbols.isSpace(text.charAt(before - 1))) {
        before--;
      }
      if (before > 0) {
        Symbol previous = Symbols.of(text.codePointBefore(before));
        if (previous.isBinaryOperator()) {
          afterOperator = true;
        } else if (!previous.isOpening()
            && "：:＝=為".indexOf(text.charAt(before - 1)) < 0
            && !Symbols.isLineBreak(text.charAt(before - 1))) {
          continue; // a bracket glued to a name: 當月（年）日數
        }
      }
      seen[word] = true;
      labels.add(new int[] {i, end});
      at = end - 1;
    }
    if (!afterOperator || !seen[0] || !seen[1]) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int[] original = new int[text.length() + 1];
    int from = 0;
    int at = 0;
    for (int[] label : labels) {
      for (int i = from; i < label[0]; i++) {
        original[at++] = i;
        out.append(text.charAt(i));
      }
      from = label[1];
    }
    for (int i = from; i <= text.length(); i++) {
      original[at++] = i;
      if (i < text.length()) {
        out.append(text.charAt(i));
      }
    }
    return new OperandLabels(out.toString(), original, labels.get(0)[0]);
  }

  private static boolean isOperandStart(int cp) {
    return Symbols.isNamePart(cp) || Symbols.of(cp).isOpening();
  }

  /** The standard with the labels left out. */
  String text() {
    return text;
  }

  /**
   * @return a formula found in {@link #text()}, placed in the standard: its spans split around the
   *     labels left out, its notes moved, and a note that labels were left out
   */
  MeasurementStandards.Found place(MeasurementStandards.Found found) {
    List<Span> spans = new ArrayList<>();
    for (Span span : found.spans()) {
      int start = span.start();
      for (int i = span.start() + 1; i <= span.end(); i++) {
        if (i == span.end() || original[i] != original[i - 1] + 1) {
          spans.add(new Span(original[start], original[i - 1] + 1));
          start = i;
        }
      }
    }
    List<Note> notes = new ArrayList<>();
    boolean split = spans.size() > found.spans().size();
    if (split) {
      notes.add(new Note(Repair.LABEL_LEFT_OUT, firstLabel));
    }
    for (Note note : found.notes()) {
      notes.add(new Note(note.repair(), original[note.position()]));
    }
    notes.sort((a, b) -> Integer.compare(a.position(), b.position()));
    return new MeasurementStandards.Found(found, spans, notes);
  }
}
