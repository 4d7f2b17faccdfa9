package io.github.kpi4j.formulas;

/**
 * What a character of a formula stands for, whichever of its forms is printed: {@link #TIMES} for
 * {@code *}, {@code ＊} and {@code ×} alike. Brackets come in kinds (round, square, lenticular,
 * curly, tortoise-shell); a closing bracket must be of its opening one's kind.
 */
enum Symbol {
  /** Not a symbol: part of a name, a digit, or a character formulas do not use. */
  NONE,
  PLUS,
  MINUS,
  TIMES,
  DIVIDE,
  POWER,
  PERCENT,
  EQUALS,
  DOT,
  OPEN_ROUND(Bracket.ROUND, true),
  CLOSE_ROUND(Bracket.ROUND, false),
  OPEN_SQUARE(Bracket.SQUARE, true),
  CLOSE_SQUARE(Bracket.SQUARE, false),
  OPEN_LENTICULAR(Bracket.LENTICULAR, true),
  CLOSE_LENTICULAR(Bracket.LENTICULAR, false),
  OPEN_CURLY(Bracket.CURLY, true),
  CLOSE_CURLY(Bracket.CURLY, false),
  OPEN_TORTOISE(Bracket.TORTOISE, true),
  CLOSE_TORTOISE(Bracket.TORTOISE, false);

  /** The kinds of bracket: an opening bracket is closed by one of its own kind. */
  enum Bracket {
    ROUND,
    SQUARE,
    LENTICULAR,
    CURLY,
    TORTOISE
  }

  private final Bracket bracket;
  private final boolean opening;

  Symbol() {
    this(null, false);
  }

  Symbol(Bracket bracket, boolean opening) {
    this.bracket = bracket;
    this.opening = opening;
  }

  /**
   * @return the kind of bracket, or {@code null} for a symbol that is none
   */
  Bracket bracket() {
    return bracket;
  }

  /**
   * @return whether the symbol opens a bracket
   */
  boolean isOpening() {
    return bracket != null && opening;
  }

  /**
   * @return whether the symbol closes a bracket
   */
  boolean isClosing() {
    return bracket != null && !opening;
  }

  /**
   * @return whether the symbol is an operator between two operands: + − × ÷ ^
   */
  boolean isBinaryOperator() {
    return this == PLUS || this == MINUS || this == TIMES || this == DIVIDE || this == POWER;
  }
}
