package io.github.kpi4j.formulas;

import io.github.kpi4j.Kpi4jException;
import io.github.kpi4j.internal.Assert;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A formula that cannot be compiled, or cannot be evaluated with the values given.
 *
 * <p>The message names the problem and its position, counted in characters from 1, then shows the
 * formula with a caret under that position, for example:
 *
 * <pre>
 * unexpected '）': no bracket is open at character 4
 * 甲＋乙）
 *       ^
 * </pre>
 *
 * <p>{@link #position()} is the same place as a 0-based index into the formula's text, for
 * programs; {@link #character()} is the number the message states, for people.
 *
 * <p>The caret line counts East Asian wide characters as two columns, so that it lines up in a
 * monospaced terminal. Formulas longer than a terminal line are shown as a window around the
 * position.
 *
 * <p>{@link #getMessage()} and {@link #problem()} are in English; {@link #message(Locale)} and
 * {@link #problem(Locale)} give the same in Traditional Chinese for a Chinese locale. Every problem
 * this module raises has both.
 */
public final class FormulaException extends Kpi4jException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The text is not a formula: an unexpected character, a missing operand, unpaired brackets. */
    SYNTAX,
    /** A variable has no value; {@link #variable()} names it. */
    MISSING_VARIABLE,
    /**
     * A variable has two different values under two spellings of its name (such as {@code Ａ} and
     * {@code A}), neither of which is its normal form; {@link #variable()} names it.
     */
    AMBIGUOUS_VARIABLE,
    /** A divisor is zero; {@link #variable()} is the divisor's text in the formula. */
    DIVISION_BY_ZERO,
    /**
     * A value given for a variable ({@link #variable()} names it), or a result, is infinite or not
     * a number: an overflow, or a power that is not a real number.
     */
    NOT_FINITE,
    /** Positional values were given, but not one for each variable. */
    WRONG_ARITY,
    /**
     * A measurement standard allows two readings (two different formulas); the message names both,
     * and {@link #position()} is where the second stands.
     */
    TWO_READINGS
  }

  private final Kind kind;
  private final String formula;
  private final int position;
  private final String variable;
  private final String problem;

  /**
   * The key of the problem's text in {@link ProblemTexts}, or {@code null} for a text given as is.
   */
  private final String key;

  /** The arguments of that text: each a list of one or more values. */
  private final String[][] args;

  /**
   * Creates an exception whose problem is given as text, the same in every language.
   *
   * @param kind what went wrong
   * @param formula the formula's text, as given to {@link Formula#compile(String)}
   * @param position the 0-based index in {@code formula} (in UTF-16 code units) where the problem
   *     is, or -1 when it has no position
   * @param variable the variable or divisor concerned, or {@code null}
   * @param problem what went wrong, without the position
   * @throws IllegalArgumentException if {@code position} is below -1 or beyond the formula's end
   */
  public FormulaException(
      Kind kind, String formula, int position, String variable, String problem) {
    this(kind, formula, position, variable, Assert.notNull(problem, "problem"), null, null);
  }

  private FormulaException(
      Kind kind,
      String formula,
      int position,
      String variable,
      String problem,
      String key,
      String[][] args) {
    super(format(ProblemTexts.english(), formula, position, problem), null);
    this.kind = Assert.notNull(kind, "kind");
    this.formula = formula;
    this.position = position;
    this.variable = variable;
    this.problem = problem;
    this.key = key;
    this.args = args;
  }

  /**
   * Creates an exception whose problem has a text in each language.
   *
   * @param args the text's arguments: each a {@link String}, a number or a {@link List} of strings,
   *     which is joined by the language's list separator
   */
  static FormulaException of(
      Kind kind, String formula, int position, String variable, Problem problem, Object... args) {
    String[][] values = new String[args.length][];
    for (int i = 0; i < args.length; i++) {
      values[i] =
          args[i] instanceof List<?> list
              ? list.stream().map(String::valueOf).toArray(String[]::new)
              : new String[] {String.valueOf(args[i])};
    }
    String key = problem.key();
    return new FormulaException(
        kind, formula, position, variable, ProblemTexts.english().format(key, values), key, values);
  }

  private static String format(ProblemTexts texts, String formula, int position, String problem) {
    Assert.notNull(formula, "formula");
    Assert.isTrue(
        position >= -1 && position <= formula.length(),
        "position must be -1 or within the formula, got %d",
        position);
    String headline = position < 0 ? problem : texts.at(problem, character(formula, position));
    return headline + Carets.excerpt(formula, position);
  }

  private static int character(String formula, int position) {
    return position < 0 ? 0 : formula.codePointCount(0, position) + 1;
  }

  /**
   * @return what went wrong
   */
  public Kind kind() {
    return kind;
  }

  /**
   * @return the formula's text, as given to {@link Formula#compile(String)}
   */
  public String formula() {
    return formula;
  }

  /**
   * The position of the problem for programs: an index into the text.
   *
   * @return the 0-based index in {@link #formula()} (in UTF-16 code units) where the problem is, or
   *     -1 when it has no position (a wrong number of values); a formula that ends too early has
   *     its problem at its length
   * @see #character()
   */
  public int position() {
    return position;
  }

  /**
   * The position of the problem for people, as the message states it ({@code at character 17}).
   *
   * @return the 1-based number of the character (Unicode code point, so that a character outside
   *     the Basic Multilingual Plane counts once) where the problem is: {@link #position()} plus
   *     one for text without such characters; one more than the formula's length in characters when
   *     it ends too early; 0 when the problem has no position
   */
  public int character() {
    return character(formula, position);
  }

  /**
   * @return the variable concerned (missing, ambiguous or not finite), in normal form, or the
   *     divisor's text as printed for a division by zero; empty otherwise
   */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  /**
   * @return the key of the problem's text in {@link ProblemTexts}, or {@code null}; for tests
   */
  String key() {
    return key;
  }

  /**
   * @return what went wrong, in English, without the position and the formula
   */
  public String problem() {
    return problem;
  }

  /**
   * @param locale the language wanted: Traditional Chinese for any Chinese locale ({@code zh},
   *     {@code zh-TW} …), English for every other
   * @return what went wrong in that language, without the position and the formula; a problem given
   *     as text to the public constructor is that text in every language
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public String problem(Locale locale) {
    ProblemTexts texts = ProblemTexts.of(locale);
    return key == null ? problem : texts.format(key, args);
  }

  /**
   * @param locale the language wanted, as for {@link #problem(Locale)}
   * @return the whole message in that language: the problem, its position in characters, the
   *     formula and a caret under the position; {@link #getMessage()} for English
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public String message(Locale locale) {
    return format(ProblemTexts.of(locale), formula, position, problem(locale));
  }
}
