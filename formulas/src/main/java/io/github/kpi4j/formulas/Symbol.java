package io.github.kpi4j.formulas;

import io.github.kpi4j.internal.Assert;

/**
 * What a character of a formula stands for, its full-width and ASCII forms alike ({@link
 * Symbols#of(int)} reads it): an operator, an equals sign, a decimal point, one of the five kinds
 * of bracket that documents print, or nothing.
 */
enum Symbol {
  NONE,
  PLUS,
  MINUS,
  TIMES,
  DIVIDE,
  POWER,
  PERCENT,
  EQUALS,
  DOT,
  // The opening brackets, then the closing ones in the same order: ( [ 【 { 〔 and ) ] 】 } 〕.
  OPEN_ROUND,
  OPEN_SQUARE,
  OPEN_LENTICULAR,
  OPEN_CURLY,
  OPEN_TORTOISE,
  CLOSE_ROUND,
  CLOSE_SQUARE,
  CLOSE_LENTICULAR,
  CLOSE_CURLY,
  CLOSE_TORTOISE;

  private static final Symbol[] ALL = values();
  private static final int KINDS = CLOSE_ROUND.ordinal() - OPEN_ROUND.ordinal();

  /**
   * @param ordinal the {@link #ordinal()} of a symbol
   * @return that symbol, without the copy {@link #values()} makes
   */
  static Symbol ofOrdinal(int ordinal) {
    return ALL[ordinal];
  }

  /**
   * @return whether it is an operator between two operands: + − × ÷ ^
   */
  boolean isBinaryOperator() {
    return ordinal() >= PLUS.ordinal() && ordinal() <= POWER.ordinal();
  }

  /**
   * @return whether it opens a bracket
   */
  boolean isOpening() {
    return ordinal() >= OPEN_ROUND.ordinal() && ordinal() < CLOSE_ROUND.ordinal();
  }

  /**
   * @return whether it closes a bracket
   */
  boolean isClosing() {
    return ordinal() >= CLOSE_ROUND.ordinal();
  }

  /**
   * @return whether it opens or closes a bracket
   */
  boolean isBracket() {
    return ordinal() >= OPEN_ROUND.ordinal();
  }

  /**
   * @return the kind of bracket, the same for the opening and the closing one: 1 for round, 2
   *     square, 3 lenticular, 4 curly, 5 tortoise-shell
   * @throws IllegalStateException if it is no bracket
   */
  int bracketKind() {
    Assert.state(isBracket(), "%s is no bracket", this);
    return (ordinal() - OPEN_ROUND.ordinal()) % KINDS + 1;
  }

  /**
   * @return the bracket that closes this opening one
   * @throws IllegalStateException if it does not open a bracket
   */
  Symbol closing() {
    Assert.state(isOpening(), "%s opens no bracket", this);
    return ALL[ordinal() + KINDS];
  }
}
