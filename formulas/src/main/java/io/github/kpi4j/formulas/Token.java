package io.github.kpi4j.formulas;

/**
 * One token of a formula's text.
 *
 * @param type what it is
 * @param start the index of its first character in the formula's text
 * @param end the index just after its last character
 * @param text a number's ASCII digits, or a variable's normal form; otherwise {@code null}
 * @param value a number's value
 * @param bracket a bracket's kind, {@link Symbols#ROUND} and so on; 0 for other tokens
 */
record Token(Token.Type type, int start, int end, String text, double value, int bracket) {
  enum Type {
    NUMBER,
    NAME,
    OPEN,
    CLOSE,
    PLUS,
    MINUS,
    TIMES,
    DIVIDE,
    POWER,
    PERCENT
  }

  static Token of(Type type, int start, int end) {
    return new Token(type, start, end, null, 0, 0);
  }

  boolean isOperand() {
    return type == Type.NUMBER || type == Type.NAME;
  }
}
