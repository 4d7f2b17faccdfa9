package io.github.kpi4j.formulas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of a measurement standard (衡量標準), compiled from the text a plan prints, such as
 * {@code 【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%}.
 *
 * <h2>What a formula may contain</h2>
 *
 * <ul>
 *   <li><b>Numbers</b>: digits, full-width ({@code １２}) or of any other script, with an optional
 *       decimal part after {@code .} or {@code ．}: {@code 100}, {@code 2.5}. Digits may be grouped
 *       by thousands with {@code ,} or {@code ，} where the grouping is regular ({@code 10,000};
 *       {@code 1,00} is an error). There is no exponent notation.
 *   <li><b>Variables</b>: a run of letters, digits and {@code _} that does not start with a digit,
 *       Chinese included ({@code 前1年度青年交流總人次}), characters outside the Basic Multilingual Plane too
 *       ({@code 𠀋}). White space within a line ends a name: {@code 資 本門預算數} is two variables side
 *       by side, an error, and so are {@code a b} and {@code 甲　乙} (an ideographic space). A line
 *       break inside a name or a number, with the indentation after it, is joined (a wrapped table
 *       cell): {@code 資本門\n 預算數} is one name. Names are compared in Unicode NFKC form, in the
 *       formula and in the values given for it: {@code Ａ} and {@code A} are one variable.
 *   <li><b>Names as documents print them</b>: a name may start with a count or a range of counts,
 *       digits followed by a counting word such as 歲, 年, 月, 日, 個 or 人 and more of the name ({@code
 *       65歲以上人口數}, {@code 0-14歲人口數}); a bare count ({@code 80分}) is not a name. A name may hold a
 *       bracket glued to it on both sides with no operator inside ({@code 當月（年）日數}). A unit in
 *       brackets glued after a name ({@code 售電量（度）}, {@code 費率（元/度）}, {@code （%）}) is left out of
 *       the arithmetic.
 *   <li><b>Operators</b>, full-width and ASCII alike: {@code + ＋} add; {@code - － −} subtract or
 *       negate; {@code * ＊ ×} multiply, and so does a Latin {@code x} or {@code X} between two
 *       operands ({@code （分子/分母）x100%}, {@code 售電量x費率}) where it is not glued to an ASCII letter;
 *       {@code / ／ ÷} divide; {@code ^ ＾} raise to a power. A {@code +} or {@code -} where an
 *       operand is expected is a sign.
 *   <li><b>Percent</b>: {@code %} or {@code ％} right after a number or a closing bracket divides
 *       that number or bracket by 100, so {@code ×100%} multiplies by one. Anywhere else it is an
 *       error (it is never a remainder).
 *   <li><b>Brackets</b>, which must pair with one of their own kind (either width): {@code ( ) （
 *       ）}, {@code [ ] ［ ］}, {@code 【 】 〖 〗}, <code>{ } ｛ ｝</code>, {@code 〔 〕}.
 *   <li><b>Definitions and printed values</b>, separated by {@code =}, {@code ＝}, {@code ≒} or
 *       {@code ≈}: {@code NAME＝formula} defines {@code NAME} ({@link #definedName()}) by the
 *       formula on the right, when the left is a name alone (or with a unit) and the right is
 *       arithmetic (it holds a variable or an operator); otherwise the formula is the text before
 *       the first equals sign. The text after the last equals sign, when it is not the formula, is
 *       the value the document printed ({@link #printedValue()}): {@code 2%} in {@code
 *       …÷前1年度青年交流總人次＝2%}, {@code 100%} in {@code 達成率＝甲×0.5＋乙×0.5＝100%×0.5＋100%×0.5＝100%}. What
 *       stands between (worked steps) takes no part in the arithmetic. {@code 甲＝2%} is the formula
 *       {@code 甲} with the printed value {@code 2%}.
 *   <li>White space between tokens is ignored. Other compatibility forms of these characters (such
 *       as the small form {@code ﹢}) count as the character their NFKC form names.
 * </ul>
 *
 * <p>Two operands side by side, such as {@code 甲 乙}, {@code 2甲}, {@code （甲）乙} or {@code 1 2}, are
 * an error, never a product.
 *
 * <h2>Precedence</h2>
 *
 * <p>From loosest to tightest: {@code + -}; {@code × ÷}; a sign; {@code ^}, which groups from the
 * right ({@code 2^3^2} is {@code 2^9}); {@code %}, which binds to the number or bracket right
 * before it ({@code 2^50%} is {@code 2^0.5}). So {@code -2^2} is {@code -4}.
 *
 * <h2>Limits</h2>
 *
 * <p>A formula is at most {@value #MAX_LENGTH} characters long and nests brackets at most {@value
 * #MAX_DEPTH} deep; longer or deeper text is a {@code SYNTAX} error. A number literal must be at
 * most {@link Double#MAX_VALUE}.
 *
 * <h2>Evaluation</h2>
 *
 * <p>Arithmetic is in {@code double}. Every variable needs a finite value. A division by zero, an
 * intermediate or final result that overflows or is not a real number (such as {@code (-8)^0.5})
 * raises a {@link FormulaException} naming the cause and its position; so no result is ever NaN or
 * infinite. A result of negative zero is returned as zero.
 *
 * <p>Instances are immutable and safe to evaluate from many threads at once. {@link
 * #evaluate(double...)} allocates nothing but a small stack per call and suits hot loops.
 *
 * <p>No method of a formula lets an exception other than {@link FormulaException} escape for any
 * text or values; {@code null} arguments raise {@link NullPointerException}.
 */
public interface Formula {
  /** The longest text {@link #compile(String)} accepts, in UTF-16 code units. */
  int MAX_LENGTH = 4000;

  /** The deepest nesting of brackets {@link #compile(String)} accepts. */
  int MAX_DEPTH = 64;

  /**
   * Compiles a formula as a plan prints it.
   *
   * @param text the formula, such as {@code （甲－乙）÷乙×100%} or {@code （甲－乙）÷乙＝2%}
   * @return the compiled formula
   * @throws FormulaException of kind {@link FormulaException.Kind#SYNTAX} if the text is not a
   *     formula; its {@link FormulaException#position() position} is where reading failed (for two
   *     names side by side, where the second starts)
   * @throws NullPointerException if {@code text} is {@code null}
   */
  static Formula compile(String text) {
    return FormulaCompiler.compile(text);
  }

  /**
   * @return the text as given to {@link #compile(String)}
   */
  String text();

  /**
   * @return the arithmetic part of the {@link #text() text}, without surrounding white space: the
   *     right-hand side of a definition, else everything before the first equals sign
   */
  String expression();

  /**
   * @return the distinct variables in NFKC form, in order of first appearance; {@link
   *     #evaluate(double...)} takes their values in this order
   */
  List<String> variables();

  /**
   * @return the text after the last equals sign, without surrounding white space, when it is not
   *     the formula itself: the target the plan printed, such as {@code 2%}; empty when the formula
   *     has none
   */
  Optional<String> printedValue();

  /**
   * @return the name a definition {@code NAME＝formula} defines, in NFKC form ({@code 執行率} in {@code
   *     執行率＝實際執行數÷應執行數×100%}); empty when the text is no definition
   */
  default Optional<String> definedName() {
    return Optional.empty();
  }

  /**
   * Evaluates the formula.
   *
   * <p>Keys are compared with the variables in NFKC form, and nothing else is forgiven: {@code Ａ}
   * is {@code A}, but {@code " 甲"} or {@code "資 本門預算數"} names no variable of {@code 甲÷資本門預算數}. A
   * key that is already in NFKC form wins over other spellings of the same name; keys that are not
   * variables are ignored, and so are {@code null} keys and values.
   *
   * @param values the value of each variable, by name
   * @return the formula's value, a finite number
   * @throws FormulaException of kind {@link FormulaException.Kind#MISSING_VARIABLE} if a variable
   *     has no value, {@link FormulaException.Kind#AMBIGUOUS_VARIABLE} if a variable has two
   *     different values under spellings neither of which is its normal form, {@link
   *     FormulaException.Kind#DIVISION_BY_ZERO} or {@link FormulaException.Kind#NOT_FINITE}
   * @throws NullPointerException if {@code values} is {@code null}
   */
  double evaluate(Map<String, ? extends Number> values);

  /**
   * Evaluates the formula from positional values, the fastest way to evaluate it repeatedly.
   *
   * @param values the value of each variable, in the order of {@link #variables()}
   * @return the formula's value, a finite number
   * @throws FormulaException of kind {@link FormulaException.Kind#WRONG_ARITY} if there are not as
   *     many values as variables, {@link FormulaException.Kind#NOT_FINITE} if a value or a result
   *     is not finite, or {@link FormulaException.Kind#DIVISION_BY_ZERO}
   * @throws NullPointerException if {@code values} is {@code null}
   */
  double evaluate(double... values);
}
