package io.github.kpi4j.formulas;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds the formula in a measurement standard (衡量標準) as printed, for KPIs whose plan gives no
 * separate formula.
 *
 * <p>{@link #findFormula(String)} recognises exactly this:
 *
 * <ol>
 *   <li>Surrounding white space and trailing sentence punctuation ({@code 。．；;，,}) are dropped.
 *   <li>If what remains {@linkplain Formula#compile(String) compiles} as a formula with at least
 *       one binary operator ({@code + - × ÷ ^} in any of their forms, between two operands), it is
 *       the formula, with its printed value if it has one: {@code
 *       （當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%}.
 *   <li>Otherwise, if it ends with a bracketed remark (any kind of bracket, such as {@code
 *       （以上各數均含本年度原預算、追加預算及以前年度保留數）} or {@code (單位:場數)}) that does not start the text, the remark
 *       is removed and step 1 and 2 are tried again, up to {@value #MAX_REMARKS} times: {@code
 *       補助辦展數/計畫補助辦展數*100%(單位:場數)} yields {@code 補助辦展數/計畫補助辦展數*100%}.
 *   <li>Anything else yields nothing: prose ({@code 兩岸各項文教交流活動、研討會及研習營等之參與人數}), a single name
 *       ({@code 統計本會臉書貼文總觸及人次}), a list of milestones ({@code 1.與擬爭取…2.參與…}), a formula followed by
 *       prose that is not bracketed, and arithmetic with a name split by white space ({@code ÷(資
 *       本門預算數)}, as a PDF extraction may print it), which is two variables side by side.
 * </ol>
 *
 * <p>The formula returned is a part of the text as printed (white space inside it kept), so that
 * {@link Formula#compile(String)} on it reports positions a reader can find in the plan.
 */
public final class MeasurementStandards {
  /** How many trailing bracketed remarks {@link #findFormula(String)} removes at most. */
  public static final int MAX_REMARKS = 3;

  private MeasurementStandards() {}

  /**
   * Finds the formula in a measurement standard, compiled: finding a formula means compiling it, so
   * a caller that goes on to evaluate it need not compile it again, and {@link Formula#text()}
   * gives it as printed.
   *
   * @param measurementStandard the measurement standard as printed
   * @return the formula it contains, compiled, its {@link Formula#text() text} as printed; empty if
   *     it contains none
   * @throws NullPointerException if {@code measurementStandard} is {@code null}
   */
  public static Optional<Formula> findFormula(String measurementStandard) {
    Objects.requireNonNull(measurementStandard, "measurementStandard");
    String candidate = measurementStandard;
    for (int remarks = 0; remarks <= MAX_REMARKS; remarks++) {
      candidate = trim(candidate);
      if (candidate.isEmpty()) {
        return Optional.empty();
      }
      Optional<Formula> formula = compiledFormula(candidate);
      if (formula.isPresent()) {
        return formula;
      }
      int remark = trailingRemark(candidate);
      if (remark <= 0) {
        return Optional.empty();
      }
      candidate = candidate.substring(0, remark);
    }
    return Optional.empty();
  }

  /** A candidate is a formula when it compiles and has arithmetic: a lone name is prose. */
  private static Optional<Formula> compiledFormula(String candidate) {
    if (candidate.length() > Formula.MAX_LENGTH
        || candidate.codePoints().noneMatch(cp -> Symbols.of(cp).isBinaryOperator())) {
      return Optional.empty(); // most measurement standards are prose: no need to compile them
    }
    try {
      CompiledFormula formula = FormulaCompiler.compile(candidate);
      return formula.binaryOperators() > 0 ? Optional.of(formula) : Optional.empty();
    } catch (FormulaException e) {
      return Optional.empty();
    }
  }

  private static String trim(String text) {
    int end = text.length();
    while (end > 0) {
      int cp = text.codePointBefore(end);
      if (!Symbols.isSpace(cp) && "。．；;，,".indexOf(cp) < 0) {
        break;
      }
      end -= Character.charCount(cp);
    }
    int start = 0;
    while (start < end && Symbols.isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    return text.substring(start, end);
  }

  /**
   * @return where the bracketed remark that ends the text starts, or -1 if the text does not end
   *     with a closing bracket whose opening bracket can be found
   */
  private static int trailingRemark(String text) {
    int depth = 0;
    for (int i = text.length(); i > 0; ) {
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
      } else if (depth == 0) {
        return -1;
      }
      if (depth < 0) {
        return -1;
      }
    }
    return -1;
  }
}
