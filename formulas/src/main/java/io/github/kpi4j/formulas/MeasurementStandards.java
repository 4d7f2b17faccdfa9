package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FormulaException.Kind;
import io.github.kpi4j.internal.Assert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the formula in a measurement standard (衡量標準) or an indicator definition as printed: prose,
 * labels, definitions, a numerator and a denominator printed apart, remarks.
 *
 * <h2>What is found, in this order of precedence</h2>
 *
 * <ol>
 *   <li><b>Operands labelled inside a formula</b>: {@code （分子）甲／（分母）乙×100%}, {@code 分子:甲 / 分母:乙 x
 *       100%}. A label in brackets or before a colon, before an operand, where one of the two
 *       labels follows an operator, is left out, and the standard read without it; what is found is
 *       placed back in the standard, in spans around the labels (a note {@link
 *       FoundFormula.Repair#LABEL_LEFT_OUT}).
 *   <li><b>A numerator and a denominator printed apart</b>: {@code 分子：急診留置人次 分母：急診總人次} (the label
 *       followed by {@code ：}, {@code :}, {@code 為}, {@code ＝} or a line break, or in brackets:
 *       {@code （分子）}, {@code 【分母】}), each label at the start of the text, of a line or of a clause,
 *       after list numbering ({@code 1.分子：}, {@code (2)分母：}, within a line too), or after white
 *       space within the line when a colon follows it or it stands in brackets. Each part runs to
 *       the end of its sentence, the other label, a line that starts with a label of its own, or a
 *       label after white space ({@code 分母：乙 計算公式：…}). A part that is a formula is read as one; any
 *       other part (a description with commas or spaces) is one variable, named by its text with
 *       line breaks joined and without the quotes around it ({@code 分子為「實際完成件數」}). The formula is
 *       numerator ÷ denominator; where the standard also prints a formula of {@code 分子} and {@code
 *       分母} alone ({@code 計算公式:(分子/分母)x100%}), the parts take their places in it.
 *   <li><b>Formulas in the clauses of the standard</b>. The standard is cut into clauses at {@code
 *       。；;}, at a table cell's {@code |} or {@code ｜}, at a full stop printed {@code .} or {@code
 *       ．} before white space and a letter ({@code …*100. 資料來源}, not list numbering {@code 1. }),
 *       at {@code ，,：:} outside brackets (a comma between digit groups, {@code 10,000}, does not
 *       cut), around quotes {@code 「」『』}, at bullets ({@code •●■◎※}), and at a line break followed
 *       by list numbering or a label. A line break anywhere else is part of the clause, and the
 *       formula rules join it inside a name or a number. In each clause:
 *       <ol>
 *         <li>list numbering ({@code 3.}, {@code （2）}, {@code 一、}, {@code ①}) is dropped;
 *         <li>a clause that starts a condition ({@code 若}, {@code 倘若}, {@code 如果}, {@code 假如},
 *             {@code 假設}) is a remark, and read for no formula ({@code 若 B + C = 0，則…});
 *         <li>a clause that ends at {@code ：} or {@code :} is a label: {@code 執行率：} names what the
 *             next clause defines, {@code 公式：} or {@code 計算公式：} names nothing;
 *         <li>a lead-in is dropped: {@code 為}, {@code 即}, {@code 係} or {@code 等於} at the start, and
 *             {@code 為}, {@code 係} or {@code 即} after a label word ({@code 計算公式為}, {@code 計算方式為})
 *             or after a name of a measure ({@code 執行率為}, which defines it); a label word and white
 *             space ({@code 計算方式 D = C / (B + C)}, {@code 計算公式 甲÷乙}) lead in too;
 *         <li>the rest is read by {@link Formula#compile(String)} (definitions {@code
 *             NAME＝formula}, printed values, and every notation it reads). What it cannot read is
 *             shortened: a remark that starts with a bracket, or with {@code 超過}, {@code 若}, {@code
 *             如}, {@code 但}, {@code 未滿}, {@code 不足}, {@code 高於} or {@code 大於} before a number or
 *             {@code 分母}/{@code 分子}, is cut from the end, and the text before it read again;
 *         <li>where that finds nothing, the last bracket of the clause is read ({@code
 *             推算戶數（戶數＝人口數÷4）}), after the label it holds, if any ({@code （移動平均值計算方式：0.5 × 前12小時平均 +
 *             0.5 × 前4小時平均）}).
 *       </ol>
 *   <li><b>What is not a formula</b>: what is found must have one operator between two operands,
 *       and no variable that mixes Chinese with a trailing digit ({@code 完成1} in {@code 完成1/4之改善},
 *       a fraction inside a sentence). A formula of numbers alone, with no variable ({@code
 *       （100－20）÷100×100%}, {@code 86*20% =17.2}), must hold an operator no date, range, phone or
 *       page number prints: {@code ×}, {@code ÷}, {@code *}, {@code ^}, a Latin {@code x}, or a
 *       {@code +}, {@code -} or {@code /} beside a bracket. So prose, a single name, a value
 *       ({@code 100%}), a milestone ladder, a range ({@code 3%~5%}), a date ({@code 107/12/31}), a
 *       page or phone number ({@code 1-16}, {@code 02-23515938}), a fraction ({@code 1/4}), list
 *       numbering, {@code 增加大約30%} and {@code 千分之5.63} yield nothing. Nor does a unit: a counting
 *       word or short Latin symbols per unit, with nothing but {@code /} ({@code （人/十萬人口）}, {@code
 *       （μg/m3）}).
 * </ol>
 *
 * <p>Where the standard holds two different formulas, {@link #find(String)} refuses and names both
 * (a {@link FormulaException} of kind {@link FormulaException.Kind#TWO_READINGS}); {@link
 * #findAll(String)} returns every one. The same formula printed twice is one.
 *
 * <p>Positions ({@link FoundFormula#spans()}, {@link FoundFormula#notes()}) are indices into the
 * standard as given.
 */
public final class MeasurementStandards {
  /** The longest standard read, in UTF-16 code units; the rest of a longer one is ignored. */
  public static final int MAX_LENGTH = 20_000;

  private static final String[] LEAD_INS = {"等於", "為", "即", "係"};
  private static final String[] LABEL_WORDS = {"公式", "算式", "方式", "方法", "定義", "計算"};
  private static final String[] MEASURE_ENDINGS = {"率", "比", "數", "值", "量", "額"};

  /** Operators that, between numbers, print arithmetic and nothing else: × ÷ * ^ in both widths. */
  private static final String STRONG_OPERATORS = "×÷*＊^＾";

  /** How the names of agencies and their units end: 部, 署, 局 … 中心, 機關. */
  private static final String[] AGENCY_ENDINGS = {
    "部", "署", "局", "處", "會", "院", "府", "廳", "館", "中心", "公司", "機關", "學校", "大學", "單位"
  };

  /** Words a condition starts with: a clause that starts so is a remark ({@code 若分母為0則…}). */
  private static final String[] CONDITIONS = {"若", "倘若", "如果", "假如", "假設"};

  private static final String[] REMARK_WORDS = {"超過", "若", "如", "但", "未滿", "不足", "高於", "大於"};

  /** A clause of this many lines or more may be a table flattened one cell per line. */
  private static final int MIN_TABLE_LINES = 4;

  private MeasurementStandards() {}

  private static int lines(String text, int start, int end) {
    int lines = 1;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /**
   * Finds the formula in a measurement standard.
   *
   * @param measurementStandard the measurement standard as printed
   * @return the formula it holds; empty if it holds none
   * @throws FormulaException of kind {@link FormulaException.Kind#TWO_READINGS} if it holds two
   *     different formulas; the message names both
   * @throws NullPointerException if {@code measurementStandard} is {@code null}
   */
  public static Optional<FoundFormula> find(String measurementStandard) {
    List<FoundFormula> all = findAll(measurementStandard);
    if (all.size() > 1) {
      FoundFormula second = all.get(1);
      throw FormulaException.of(
          Kind.TWO_READINGS,
          clip(measurementStandard),
          Math.min(second.spans().get(0).start(), clip(measurementStandard).length()),
          null,
          Problem.TWO_FORMULAS,
          Symbols.quote(all.get(0).text()),
          Symbols.quote(second.text()));
    }
    return all.stream().findFirst();
  }

  /**
   * Finds every formula in a measurement standard, without refusing two readings.
   *
   * @param measurementStandard the measurement standard as printed
   * @return the different formulas it holds, in the order of the standard; empty if none
   * @throws NullPointerException if {@code measurementStandard} is {@code null}
   */
  public static List<FoundFormula> findAll(String measurementStandard) {
    Assert.notNull(measurementStandard, "measurementStandard");
    String text = clip(measurementStandard);
    OperandLabels labels = OperandLabels.of(text);
    if (labels == null) {
      return findIn(text);
    }
    // （分子）甲／（分母）乙: read without the labels, placed back where the standard prints it
    List<FoundFormula> placed = new ArrayList<>();
    for (FoundFormula found : findIn(labels.text())) {
      placed.add(labels.place((Found) found));
    }
    return List.copyOf(placed);
  }

  private static List<FoundFormula> findIn(String text) {
    if (!hasOperator(text) && !(text.contains("分子") && text.contains("分母"))) {
      return List.of(); // most standards are prose: no need to read them
    }
    List<Found> found = new ArrayList<>();
    Fractions.Fraction fraction = Fractions.of(text);
    String label = null;
    boolean formulaLabel = false;
    for (Clauses.Clause clause : Clauses.of(text)) {
      if (fraction != null && fraction.covers(clause.start(), clause.end())) {
        continue;
      }
      if (clause.isLabel()) {
        label = clause.labelName(text);
        formulaLabel = clause.isFormulaLabel(text);
        continue;
      }
      List<Found> read = readClause(text, clause.start(), clause.end(), label, formulaLabel);
      label = null;
      formulaLabel = false;
      for (Found f : read) {
        if (fraction != null && fraction.isTemplate(f.formula)) {
          fraction.template(f);
        } else {
          found.add(f);
        }
      }
    }
    if (fraction != null) {
      Found assembled = fraction.assemble(text);
      if (assembled != null) {
        found.add(0, assembled);
      }
    }
    // A formula a formula label introduces (公式：, 計算方式為) is the one; the rest is context.
    if (found.stream().anyMatch(f -> f.labelled)) {
      found.removeIf(f -> !f.labelled);
    }
    Map<String, FoundFormula> distinct = new LinkedHashMap<>();
    for (Found f : found) {
      distinct.putIfAbsent(key(f), f);
    }
    return List.copyOf(distinct.values());
  }

  private static String clip(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    return text.substring(
        0, Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
  }

  /** Two formulas are the same when they read the same, whatever the width or spacing. */
  private static String key(Found f) {
    StringBuilder key = new StringBuilder();
    String normal = Symbols.normalise(f.text());
    normal
        .codePoints()
        .filter(cp -> !Symbols.isSpace(cp))
        .forEach(cp -> key.appendCodePoint(Symbols.of(cp) == Symbol.TIMES ? '*' : cp));
    return key.toString();
  }

  private static boolean hasOperator(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Symbols.of(cp).isBinaryOperator() || Symbols.isLatinX(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Reads the formulas of one clause: the clause as a whole, or, where that finds nothing, each of
   * its lines (the cells of a table flattened one per line).
   */
  private static List<Found> readClause(
      String text, int start, int end, String label, boolean formulaLabel) {
    Found whole = read(text, start, end, label, formulaLabel);
    if (whole != null || lines(text, start, end) < MIN_TABLE_LINES) {
      return whole == null ? List.of() : List.of(whole);
    }
    List<Found> lines = new ArrayList<>();
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || Symbols.isLineBreak(text.charAt(i))) {
        if (from > start || i < end) {
          Found line = read(text, from, i, null, false);
          if (line != null && isWholeTableCell(text, from, i, line)) {
            lines.add(line);
          }
        }
        from = i + 1;
      }
    }
    return lines;
  }

  /**
   * A line of a table read alone holds a formula only when it is the formula as a whole ({@code
   * 【(B)+(C)】/(A)}) and no name in it holds a digit ({@code 年度/月份109年4月} is a heading).
   */
  private static boolean isWholeTableCell(String text, int from, int to, Found line) {
    String cell = text.substring(from, to).strip();
    return line.remarks().isEmpty()
        && (line.text().equals(cell) || cell.endsWith(line.text()))
        && line.formula.variables().stream()
            .allMatch(v -> v.codePoints().noneMatch(Character::isDigit));
  }

  /**
   * Reads the formula of one clause, or of one line.
   *
   * @param label the name the label before the clause gives, or {@code null}
   * @param formulaLabel whether that label introduces a formula ({@code 計算公式：})
   * @return what was found, or {@code null}
   */
  static Found read(String text, int start, int end, String label, boolean formulaLabel) {
    int from = Clauses.skipNumbering(text, skipSpace(text, start, end), end);
    from = skipSpace(text, from, end);
    if (startsWithAny(text, from, CONDITIONS)) {
      return null; // 若 B + C = 0，則…: a condition, not the formula
    }
    String defined = label;
    boolean labelled = formulaLabel;
    int leadIn = leadIn(text, from, end);
    if (leadIn > from) {
      String before = text.substring(from, leadIn).strip();
      for (String lead : LEAD_INS) {
        if (before.endsWith(lead)) {
          before = before.substring(0, before.length() - lead.length());
          break;
        }
      }
      if (containsAny(before, LABEL_WORDS)) {
        labelled = true;
      } else if (!before.isEmpty()) {
        defined = Symbols.normalise(before);
      }
      from = skipSpace(text, leadIn, end);
    }
    int to = trimEnd(text, from, end);
    if (from >= to) {
      return null;
    }
    Found found = readCandidate(text, from, to, defined, new ArrayList<>(), false);
    if (found == null) {
      found = readLastBracket(text, from, to);
    }
    if (found != null) {
      found.labelled |= labelled;
      if (!found.labelled && isAlternatives(found.formula)) {
        return null; // 衛生福利部/國民健康署, 是/否: one or the other, not a division
      }
    }
    return found;
  }

  /**
   * Names printed with {@code /} between them as alternatives, not a quotient: nothing but {@code
   * /}, no number, and a name of one Chinese character other than 甲, 乙 … ({@code 是/否}, {@code
   * 男/女比例}) or of an agency ({@code 經濟部/工業局}). A formula label in front ({@code 公式：}) makes it a
   * formula all the same.
   */
  private static boolean isAlternatives(CompiledFormula formula) {
    String expression = formula.expression();
    for (int i = 0; i < expression.length(); ) {
      int cp = expression.codePointAt(i);
      if (Character.isDigit(cp)
          || ((Symbols.of(cp).isBinaryOperator() || Symbols.isLatinX(cp))
              && "/／".indexOf(cp) < 0)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    for (String name : formula.variables()) {
      // one Chinese character, but not 甲, 乙, 丙 … that plans name quantities by
      boolean oneCharacter =
          name.codePointCount(0, name.length()) == 1
              && name.codePointAt(0) >= 0x2E80
              && "甲乙丙丁戊己庚辛壬癸".indexOf(name.codePointAt(0)) < 0;
      if (oneCharacter || endsWithAny(name, AGENCY_ENDINGS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param part whether the candidate is a numerator or a denominator, which needs no operator
   */
  static Found readCandidate(
      String text, int from, int to, String defined, List<String> remarks, boolean part) {
    int end = to;
    int remark = remarkWord(text, from, end);
    if (remark > from) {
      remarks.add(text.substring(remark, end).strip());
      end = trimEnd(text, from, remark);
    }
    for (int attempt = 0; attempt <= 4 && end > from; attempt++) {
      CompiledFormula formula;
      try {
        formula = FormulaCompiler.compile(text.substring(from, end));
      } catch (FormulaException e) {
        int cut = cutAt(text, from, end, e);
        if (cut <= from) {
          return null;
        }
        remarks.add(0, text.substring(cut, end).strip());
        end = trimEnd(text, from, cut);
        continue;
      }
      if (part ? formula.variables().isEmpty() : !plausible(formula)) {
        return null;
      }
      List<String> all = new ArrayList<>(remarks);
      return new Found(
          formula,
          text,
          from,
          defined != null && formula.definedName().isEmpty() ? defined : null,
          all);
    }
    return null;
  }

  /**
   * Where to cut a candidate that cannot be read: before a bracket that starts a remark, or at the
   * problem when what follows it starts with a bracket; -1 for nowhere.
   */
  private static int cutAt(String text, int from, int end, FormulaException e) {
    if (e.kind() != Kind.SYNTAX || e.position() < 0) {
      return -1;
    }
    int at = from + e.position();
    // A trailing bracket: its opening bracket, if it is not the first character.
    int open = trailingBracket(text, from, end);
    if (open > from) {
      return open;
    }
    if (at > from && at < end) {
      if (Symbols.of(text.codePointAt(at)).isOpening()) {
        return at;
      }
    }
    return -1;
  }

  /**
   * @return where the bracket that ends {@code text[from, end)} opens, or -1
   */
  private static int trailingBracket(String text, int from, int end) {
    if (end <= from || !Symbols.of(text.codePointBefore(end)).isClosing()) {
      return -1;
    }
    int depth = 0;
    for (int i = end; i > from; ) {
      int cp = text.codePointBefore(i);
      i -= Character.charCount(cp);
      Symbol symbol = Symbols.of(cp);
      if (symbol.isClosing()) {
        depth++;
      } else if (symbol.isOpening()) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The last bracket of a clause, read on its own: {@code 推算戶數（戶數＝人口數÷4）}. */
  private static Found readLastBracket(String text, int from, int to) {
    int open = trailingBracket(text, from, to);
    if (open < from) {
      return null;
    }
    int inner = open + Character.charCount(text.codePointAt(open));
    int close = to - Character.charCount(text.codePointBefore(to));
    if (inner >= close) {
      return null;
    }
    // A label inside the bracket: （移動平均值計算方式：0.5 × 前12小時平均 + 0.5 × 前4小時平均）
    int depth = 0;
    int colon = -1;
    for (int i = inner; i < close; i++) {
      Symbol symbol = Symbols.of(text.charAt(i));
      if (symbol.isOpening()) {
        depth++;
      } else if (symbol.isClosing()) {
        depth--;
      } else if (depth == 0 && (text.charAt(i) == '：' || text.charAt(i) == ':')) {
        colon = i;
      }
    }
    if (colon >= 0) {
      Found found =
          readCandidate(
              text, skipSpace(text, colon + 1, close), close, null, new ArrayList<>(), false);
      if (found != null) {
        found.labelled = containsAny(text.substring(inner, colon), LABEL_WORDS);
      }
      return found;
    }
    return readCandidate(text, inner, close, null, new ArrayList<>(), false);
  }

  /**
   * A remark word after the last operator, before a number or 分母/分子: {@code 超過100%以100%計算}, {@code
   * 若分母為0則不予計算}.
   *
   * @return where it starts, or -1
   */
  private static int remarkWord(String text, int from, int end) {
    int lastOperator = -1;
    for (int i = from; i < end; ) {
      int cp = text.codePointAt(i);
      if (Symbols.of(cp).isBinaryOperator()) {
        lastOperator = i;
      }
      i += Character.charCount(cp);
    }
    if (lastOperator < 0) {
      return -1;
    }
    int depth = 0;
    for (int i = from; i < end; i++) {
      Symbol symbol = Symbols.of(text.charAt(i));
      if (symbol.isClosing()) {
        depth--;
      } else if (symbol.isOpening()) {
        depth++;
      }
      if (i < lastOperator || depth != 0) {
        continue;
      }
      for (String word : REMARK_WORDS) {
        if (text.startsWith(word, i)) {
          int after = i + word.length();
          if (after < end
              && (Character.isDigit(text.codePointAt(after))
                  || text.startsWith("分母", after)
                  || text.startsWith("分子", after))) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /**
   * @return where the formula starts after a lead-in ({@code 為}, {@code 計算公式為}, {@code 執行率為}), or
   *     {@code from} if there is none
   */
  private static int leadIn(String text, int from, int end) {
    for (String lead : LEAD_INS) {
      if (text.startsWith(lead, from) && !text.startsWith("即時", from)) {
        return from + lead.length();
      }
    }
    // A lead-in inside the first run of letters: 計算方式為…, 執行率為…
    int i = from;
    while (i < end && Symbols.isNamePart(text.codePointAt(i))) {
      int cp = text.codePointAt(i);
      if ((cp == '為' || cp == '係' || cp == '即') && i > from) {
        String before = text.substring(from, i);
        if (endsWithAny(before, LABEL_WORDS) || endsWithAny(before, MEASURE_ENDINGS)) {
          return i + 1;
        }
      }
      i += Character.charCount(cp);
    }
    // A label word glued to the formula: 公式(老年人口數÷人口數)×100
    String run = text.substring(from, i);
    if (i < end && i > from && (run.endsWith("公式") || run.endsWith("算式"))) {
      return i;
    }
    // A label word and white space: 計算方式 D = C / (B + C)
    if (i < end
        && i > from
        && Symbols.isSpace(text.codePointAt(i))
        && !Symbols.isLineBreak(text.codePointAt(i))
        && (run.endsWith("公式") || run.endsWith("算式") || run.endsWith("計算方式"))) {
      return i;
    }
    return from;
  }

  private static boolean startsWithAny(String text, int at, String[] words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String text, String[] words) {
    for (String word : words) {
      if (text.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A formula found in prose must hold arithmetic on at least one variable, and no variable that
   * ends a Chinese phrase with a digit: that digit belongs to a fraction in a sentence.
   */
  private static boolean plausible(CompiledFormula formula) {
    if (formula.binaryOperators() == 0) {
      return false;
    }
    if (formula.variables().isEmpty()) {
      return isArithmeticOfNumbers(formula.expression());
    }
    if (isUnit(formula)) {
      return false;
    }
    for (String name : formula.variables()) {
      int last = name.codePointBefore(name.length());
      boolean chinese = name.codePoints().anyMatch(cp -> cp >= 0x2E80);
      if (chinese && Character.isDigit(last)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A unit, not a formula: a counting word per something, or short Latin symbols, and nothing but
   * {@code /} ({@code 人/十萬人口}, {@code 元/度}, {@code 公斤/人/日}, {@code μg/m3}), as table headings print
   * under a quantity.
   */
  private static boolean isUnit(CompiledFormula formula) {
    String first = formula.variables().get(0);
    boolean countingWord =
        first.codePointCount(0, first.length()) == 1
            && Symbols.isCountingWord(first.codePointAt(0));
    // μg/m3, km/h, mg/L: short Latin symbols, one in lower case (C/A is a formula of a table)
    boolean symbols =
        formula.variables().stream().allMatch(v -> v.matches("[A-Za-zμ]{1,3}[0-9]?"))
            && formula.variables().stream().anyMatch(v -> v.matches(".*[a-zμ].*"));
    if (!countingWord && !symbols) {
      return false;
    }
    String expression = formula.expression();
    for (int i = 0; i < expression.length(); ) {
      int cp = expression.codePointAt(i);
      if ((Symbols.of(cp).isBinaryOperator() || Symbols.isLatinX(cp)) && "/／".indexOf(cp) < 0) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return Symbols.normalise(expression).startsWith(first)
        || Symbols.of(expression.codePointAt(0)).isOpening();
  }

  /**
   * Numbers alone are a formula only where the arithmetic is plain: an operator that no date,
   * range, phone number, page number, fraction or name prints ({@code ×}, {@code ÷}, {@code *},
   * {@code ^}, a Latin {@code x}), or a {@code +}, {@code -} or {@code /} with a bracket for an
   * operand ({@code （100－20）／100}). So {@code 107/12/31}, {@code 1-16}, {@code 02-23515938}, {@code
   * 1/4} and the 「5+2」 of 「5+2」產業 are no formulas, and {@code （100－20）÷100×100%} and {@code 86*20%
   * =17.2} are.
   */
  private static boolean isArithmeticOfNumbers(String expression) {
    for (int i = 0; i < expression.length(); ) {
      int cp = expression.codePointAt(i);
      int next = i + Character.charCount(cp);
      Symbol symbol = Symbols.of(cp);
      if (Symbols.isLatinX(cp)
          || (symbol.isBinaryOperator() && STRONG_OPERATORS.indexOf(cp) >= 0)) {
        return true;
      }
      if (symbol.isBinaryOperator()) {
        int before = i;
        while (before > 0 && Symbols.isSpace(expression.codePointBefore(before))) {
          before -= Character.charCount(expression.codePointBefore(before));
        }
        int after = skipSpace(expression, next, expression.length());
        if ((before > 0 && Symbols.of(expression.codePointBefore(before)).isClosing())
            || (after < expression.length()
                && Symbols.of(expression.codePointAt(after)).isOpening())) {
          return true;
        }
      }
      i = next;
    }
    return false;
  }

  static int skipSpace(String text, int from, int end) {
    int i = from;
    while (i < end && Symbols.isSpace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** Drops white space and sentence punctuation at the end. */
  static int trimEnd(String text, int from, int end) {
    int i = end;
    while (i > from) {
      int cp = text.codePointBefore(i);
      if (!Symbols.isSpace(cp) && "。．；;，,、".indexOf(cp) < 0) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return i;
  }

  /** A formula found, with where it stands in the standard. */
  static final class Found implements FoundFormula {
    final CompiledFormula formula;

    /** Whether a formula label introduced it ({@code 計算公式：}, {@code 計算方式為}). */
    boolean labelled;

    private final String text;
    private final List<Span> spans;
    private final String definedName;
    private final List<String> remarks;
    private final List<Note> notes;

    /** A formula read from {@code standard} at {@code offset}. */
    Found(
        CompiledFormula formula,
        String standard,
        int offset,
        String definedName,
        List<String> remarks) {
      this.formula = formula;
      this.text = formula.expression();
      int start = offset + formula.expressionStart();
      this.spans = List.of(new Span(start, start + text.length()));
      this.definedName = definedName != null ? definedName : formula.definedName().orElse(null);
      this.remarks = List.copyOf(remarks.stream().filter(r -> !r.isEmpty()).toList());
      List<Note> shifted = new ArrayList<>();
      for (Note note : formula.notes()) {
        shifted.add(new Note(note.repair(), offset + note.position()));
      }
      this.notes = List.copyOf(shifted);
    }

    /**
     * The same formula, standing elsewhere: {@code spans} and {@code notes} where it now stands.
     */
    Found(Found found, List<Span> spans, List<Note> notes) {
      this.formula = found.formula;
      this.labelled = found.labelled;
      this.text = found.text;
      this.spans = List.copyOf(spans);
      this.definedName = found.definedName;
      this.remarks = found.remarks;
      this.notes = List.copyOf(notes);
    }

    /** A formula assembled from parts of the standard. */
    Found(CompiledFormula formula, List<Span> spans, List<String> remarks, List<Note> notes) {
      this.formula = formula;
      this.text = formula.expression();
      this.spans = List.copyOf(spans);
      this.definedName = null;
      this.remarks = List.copyOf(remarks);
      this.notes = List.copyOf(notes);
    }

    @Override
    public Formula formula() {
      return formula;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public List<Span> spans() {
      return spans;
    }

    @Override
    public Optional<String> definedName() {
      return Optional.ofNullable(definedName);
    }

    @Override
    public Optional<String> printedValue() {
      return formula.printedValue();
    }

    @Override
    public List<String> remarks() {
      return remarks;
    }

    @Override
    public List<Note> notes() {
      return notes;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
