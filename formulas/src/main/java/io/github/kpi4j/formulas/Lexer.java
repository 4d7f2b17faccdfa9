package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FormulaException.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits the arithmetic part of a formula's text into tokens, by code point. */
final class Lexer {
  private final String text;
  private final int end;
  private int pos;

  private Lexer(String text, int end) {
    this.text = text;
    this.end = end;
  }

  /**
   * @param text the formula's whole text
   * @param end where its arithmetic part ends (before a printed value)
   * @return the tokens of {@code text[0, end)}
   */
  static List<Token> tokens(String text, int end) {
    return new Lexer(text, end).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= end) {
        return tokens;
      }
      int cp = text.codePointAt(pos);
      if (Character.isDigit(cp)) {
        tokens.add(number());
      } else if (Symbols.isNameStart(cp)) {
        tokens.add(name());
      } else {
        tokens.add(symbol(cp));
      }
    }
  }

  private void skipSpace() {
    while (pos < end) {
      int cp = text.codePointAt(pos);
      if (!Symbols.isSpace(cp)) {
        return;
      }
      pos += Character.charCount(cp);
    }
  }

  private Token number() {
    int start = pos;
    StringBuilder ascii = new StringBuilder();
    digits(ascii);
    if (pos < end && Symbols.of(text.codePointAt(pos)) == Symbol.DOT) {
      int dot = pos;
      pos += Character.charCount(text.codePointAt(pos));
      if (pos >= end || !Character.isDigit(text.codePointAt(pos))) {
        throw syntax(dot, Problem.NO_DIGIT_AFTER_DECIMAL_POINT, quoteAt(dot));
      }
      ascii.append('.');
      digits(ascii);
    }
    double value = Double.parseDouble(ascii.toString());
    if (Double.isInfinite(value)) {
      throw syntax(start, Problem.NUMBER_TOO_LARGE, Symbols.quote(text.substring(start, pos)));
    }
    return new Token(Token.Type.NUMBER, start, pos, ascii.toString(), value, null);
  }

  private void digits(StringBuilder ascii) {
    while (pos < end) {
      int cp = text.codePointAt(pos);
      if (!Character.isDigit(cp)) {
        return;
      }
      ascii.append((char) ('0' + Character.digit(cp, 10)));
      pos += Character.charCount(cp);
    }
  }

  /** A name ends at the first character that cannot continue it, white space included. */
  private Token name() {
    int start = pos;
    while (pos < end && Symbols.isNamePart(text.codePointAt(pos))) {
      pos += Character.charCount(text.codePointAt(pos));
    }
    return new Token(
        Token.Type.NAME, start, pos, Symbols.normalise(text.substring(start, pos)), 0, null);
  }

  private Token symbol(int cp) {
    int start = pos;
    Symbol symbol = Symbols.of(cp);
    pos += Character.charCount(cp);
    switch (symbol) {
      case PLUS:
        return Token.of(Token.Type.PLUS, start, pos);
      case MINUS:
        return Token.of(Token.Type.MINUS, start, pos);
      case TIMES:
        return Token.of(Token.Type.TIMES, start, pos);
      case DIVIDE:
        return Token.of(Token.Type.DIVIDE, start, pos);
      case POWER:
        return Token.of(Token.Type.POWER, start, pos);
      case PERCENT:
        return Token.of(Token.Type.PERCENT, start, pos);
      case DOT:
        throw syntax(start, Problem.NO_DIGIT_BEFORE_DECIMAL_POINT, Symbols.quote(cp));
      default:
        if (symbol.isClosing()) {
          return new Token(Token.Type.CLOSE, start, pos, null, 0, symbol.bracket());
        }
        if (symbol.isOpening()) {
          return new Token(Token.Type.OPEN, start, pos, null, 0, symbol.bracket());
        }
        throw syntax(start, Problem.UNEXPECTED_CHARACTER, Symbols.quote(cp));
    }
  }

  private String quoteAt(int index) {
    return Symbols.quote(text.codePointAt(index));
  }

  private FormulaException syntax(int position, Problem problem, String arg) {
    return FormulaException.of(Kind.SYNTAX, text, position, null, problem, arg);
  }
}
