package io.github.kpi4j.formulas;

import io.github.kpi4j.Kpi4jException;
import java.util.Objects;
import java.util.Optional;

/**
 * A formula that cannot be compiled, or cannot be evaluated with the values given.
 *
 * <p>The message names the problem and its position, then shows the formula with a caret under
 * that position, for example:
 *
 * <pre>
 * unexpected '）' at 4: no bracket is open
 * 甲＋乙）
 *       ^
 * </pre>
 *
 * <p>The caret line counts East Asian wide characters as two columns, so that it lines up in a
 * monospaced terminal. Formulas longer than a terminal line are shown as a window around the
 * position.
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
     * A value given for a variable ({@link #variable()} names it), or a result, is infinite or not a
     * number: an overflow, or a power that is not a real number.
     */
    NOT_FINITE,
    /** Positional values were given, but not one for each variable. */
    WRONG_ARITY
  }

  private final Kind kind;
  private final String formula;
  private final int position;
  private final String variable;
  private final String problem;

  /**
   * Creates an exception.
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
    super(format(formula, position, problem), null);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.formula = formula;
    this.position = position;
    this.variable = variable;
    this.problem = problem;
  }

  private static String format(String formula, int position, String problem) {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(problem, "problem");
    if (position < -1 || position > formula.length()) {
      throw new IllegalArgumentException(
          "position must be -1 or within the formula, got " + position);
    }
    return Carets.message(formula, position, problem);
  }

  /** @return what went wrong */
  public Kind kind() {
    return kind;
  }

  /** @return the formula's text, as given to {@link Formula#compile(String)} */
  public String formula() {
    return formula;
  }

  /**
   * @return the 0-based index in {@link #formula()} (in UTF-16 code units) where the problem is, or
   *     -1 when it has no position (a wrong number of values); a formula that ends too early has
   *     its problem at its length
   */
  public int position() {
    return position;
  }

  /**
   * @return the variable concerned (missing, ambiguous or not finite), in normal form, or the
   *     divisor's text as printed for a division by zero; empty otherwise
   */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  /** @return what went wrong, without the position and the formula */
  public String problem() {
    return problem;
  }
}
