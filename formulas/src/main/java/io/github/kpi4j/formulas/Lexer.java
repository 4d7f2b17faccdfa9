package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FormulaException.Kind;
import io.github.kpi4j.formulas.FoundFormula.Note;
import io.github.kpi4j.formulas.FoundFormula.Repair;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the arithmetic part of a formula's text into tokens, by code point, reading the notations
 * real documents print (see {@link Formula}): a line break inside a name or a number is joined, a
 * number may be grouped by thousands, a name may start with a count ({@code 65歲以上人口數}) and hold a
 * glued bracket ({@code 當月（年）日數}), a unit in brackets after a name is left out, and a Latin x
 * between two operands is ×.
 */
final class Lexer {
  /** The longest bracket glued inside a name, or unit after it, in code points. */
  private static final int MAX_GLUED = 40;

  private static final int MAX_UNIT = 6;

  private final String text;
  private final int end;
  private final List<Note> notes;

  /** Spans of the text that are each one name whatever they hold: start, end, start, end … */
  private final int[] names;

  private int pos;
  private int nextName;

  private Lexer(String text, int start, int end, List<Note> notes, int[] names) {
    this.text = text;
    this.pos = start;
    this.end = end;
    this.notes = notes;
    this.names = names;
  }

  /**
   * @param text the formula's whole text
   * @param start where its arithmetic part starts (after a defined name)
   * @param end where its arithmetic part ends (before a printed value)
   * @param notes where to note the repairs made, with positions in {@code text}
   * @return the tokens of {@code text[start, end)}
   */
  static List<Token> tokens(String text, int start, int end, List<Note> notes) {
    return new Lexer(text, start, end, notes, new int[0]).run();
  }

  /**
   * As {@link #tokens(String, int, int, List)}, with spans of the text that are each read as one
   * name whatever they hold (a numerator or a denominator printed as a description).
   *
   * @param names the spans, in order: start, end, start, end …
   */
  static List<Token> tokens(String text, int start, int end, List<Note> notes, int[] names) {
    return new Lexer(text, start, end, notes, names).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= end) {
        return tokens;
      }
      int cp = text.codePointAt(pos);
      Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
      if (nextName < names.length && names[nextName] == pos) {
        int to = names[nextName + 1];
        tokens.add(
            new Token(Token.Type.NAME, pos, to, Symbols.normalise(text.substring(pos, to)), 0, 0));
        pos = to;
        nextName += 2;
      } else if (Symbols.isLatinX(cp) && endsOperand(last) && timesFollows(pos)) {
        notes.add(new Note(Repair.LATIN_X, pos));
        pos += Character.charCount(cp);
        tokens.add(Token.of(Token.Type.TIMES, pos - Character.charCount(cp), pos));
      } else if (Character.isDigit(cp)) {
        Token name = nameStartingWithDigits();
        tokens.add(name != null ? name : number());
      } else if (Symbols.isNameStart(cp)) {
        tokens.add(name(pos, new StringBuilder()));
      } else {
        tokens.add(symbol(cp));
      }
    }
  }

  private static boolean endsOperand(Token token) {
    return token != null
        && (token.isOperand()
            || token.type() == Token.Type.CLOSE
            || token.type() == Token.Type.PERCENT);
  }

  /**
   * @return whether the x at {@code at} stands between two operands: not glued to an ASCII letter
   *     after it, and followed by the start of an operand
   */
  private boolean timesFollows(int at) {
    int next = at + Character.charCount(text.codePointAt(at));
    if (next < end && Symbols.isAsciiLetterOrDigit(text.codePointAt(next))) {
      int cp = text.codePointAt(next);
      if (!Character.isDigit(cp)) {
        return false;
      }
    }
    while (next < end && Symbols.isSpace(text.codePointAt(next))) {
      next += Character.charCount(text.codePointAt(next));
    }
    if (next >= end) {
      return false;
    }
    int cp = text.codePointAt(next);
    return Character.isDigit(cp)
        || (Symbols.isNameStart(cp) && !Symbols.isLatinX(cp))
        || Symbols.of(cp).isOpening();
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

  /**
   * @return where the text goes on after a run of white space at {@code at} that holds a line break
   *     (a wrapped table cell), or -1 if there is no such run
   */
  private int afterLineBreak(int at) {
    boolean lineBreak = false;
    int i = at;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (!Symbols.isSpace(cp)) {
        break;
      }
      lineBreak |= Symbols.isLineBreak(cp);
      i += Character.charCount(cp);
    }
    return lineBreak && i < end ? i : -1;
  }

  /**
   * Moves past a line break in the middle of a token when what follows continues it.
   *
   * @return whether it did
   */
  private boolean joinLineBreak(java.util.function.IntPredicate continues) {
    int after = afterLineBreak(pos);
    if (after < 0 || !continues.test(text.codePointAt(after))) {
      return false;
    }
    notes.add(new Note(Repair.JOINED_LINE_BREAK, pos));
    pos = after;
    return true;
  }

  private Token number() {
    int start = pos;
    StringBuilder ascii = new StringBuilder();
    int first = digits(ascii);
    if (first <= 3) {
      while (pos < end && isGroupSeparator(text.codePointAt(pos)) && group(pos + 1)) {
        notes.add(new Note(Repair.GROUPED_NUMBER, pos));
        pos++;
        digits(ascii);
      }
    }
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
    return new Token(Token.Type.NUMBER, start, pos, ascii.toString(), value, 0);
  }

  private static boolean isGroupSeparator(int cp) {
    return cp == ',' || cp == 0xFF0C;
  }

  /** Whether exactly three digits start at {@code at}, and no fourth follows. */
  private boolean group(int at) {
    int i = at;
    for (int n = 0; n < 3; n++) {
      if (i >= end || !Character.isDigit(text.codePointAt(i))) {
        return false;
      }
      i += Character.charCount(text.codePointAt(i));
    }
    return i >= end || !Character.isDigit(text.codePointAt(i));
  }

  /**
   * @return how many digits were read
   */
  private int digits(StringBuilder ascii) {
    int count = 0;
    while (pos < end) {
      int cp = text.codePointAt(pos);
      if (!Character.isDigit(cp)) {
        if (count > 0 && joinLineBreak(Character::isDigit)) {
          continue;
        }
        return count;
      }
      ascii.append((char) ('0' + Character.digit(cp, 10)));
      pos += Character.charCount(cp);
      count++;
    }
    return count;
  }

  /**
   * A name that starts with a count ({@code 65歲以上人口數}) or a range of counts ({@code 0-14歲人口數}):
   * digits, optionally a hyphen or tilde and digits, then a counting word, then more of the name.
   * Nothing else that starts with a digit is a name: {@code 2甲} is a number and a name side by
   * side, {@code 80分} a number and a unit.
   *
   * @return the name, or {@code null} (the position unchanged) if there is none here
   */
  private Token nameStartingWithDigits() {
    int start = pos;
    StringBuilder printed = new StringBuilder();
    boolean[] joined = {false};
    int i = digitsJoined(pos, printed, joined);
    if (i < end && isRangeSign(text.codePointAt(i))) {
      int next = joinAt(i + 1, joined);
      if (next < end && Character.isDigit(text.codePointAt(next))) {
        printed.appendCodePoint(text.codePointAt(i));
        i = digitsJoined(next, printed, joined);
      }
    }
    if (i >= end || !Symbols.isCountingWord(text.codePointAt(i))) {
      return null;
    }
    int after = joinAt(i + Character.charCount(text.codePointAt(i)), new boolean[1]);
    if (after >= end || !Symbols.isNamePart(text.codePointAt(after))) {
      return null;
    }
    if (joined[0]) {
      notes.add(new Note(Repair.JOINED_LINE_BREAK, start));
    }
    pos = i;
    return name(start, printed);
  }

  /**
   * Appends the digits from {@code from}, across line breaks followed by a digit, a range sign or a
   * counting word (a count wrapped inside: {@code 6\n5歲以上人口數}).
   *
   * @return where the digits end
   */
  private int digitsJoined(int from, StringBuilder printed, boolean[] joined) {
    int i = from;
    while (i < end && Character.isDigit(text.codePointAt(i))) {
      printed.appendCodePoint(text.codePointAt(i));
      i += Character.charCount(text.codePointAt(i));
      boolean[] crossed = {false};
      int after = joinAt(i, crossed);
      if (after != i
          && after < end
          && !Character.isDigit(text.codePointAt(after))
          && !isRangeSign(text.codePointAt(after))
          && !Symbols.isCountingWord(text.codePointAt(after))) {
        return i;
      }
      joined[0] |= crossed[0];
      i = after;
    }
    return i;
  }

  /**
   * @return where the text goes on after a line break at {@code at}, or {@code at} if there is
   *     none; notes in {@code joined} that one was crossed
   */
  private int joinAt(int at, boolean[] joined) {
    if (at >= end || !Symbols.isSpace(text.codePointAt(at))) {
      return at;
    }
    int saved = pos;
    int after = afterLineBreak(at);
    pos = saved;
    if (after < 0) {
      return at;
    }
    joined[0] = true;
    return after;
  }

  private static boolean endsWithDigit(StringBuilder printed) {
    return printed.length() > 0 && Character.isDigit(printed.codePointBefore(printed.length()));
  }

  private static boolean isRangeSign(int cp) {
    return cp == '-' || cp == 0xFF0D || cp == '~' || cp == 0xFF5E;
  }

  /** Whether digits and a counting word start at {@code at}. */
  private boolean countFollows(int at) {
    int i = skipDigits(at);
    return i > at && i < end && Symbols.isCountingWord(text.codePointAt(i));
  }

  private int skipDigits(int from) {
    int i = from;
    while (i < end && Character.isDigit(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /**
   * A name ends at the first character that cannot continue it, white space within a line included;
   * a line break followed by more of the name, and a bracket glued to it on both sides with no
   * operator inside, continue it; a unit in brackets right after it is left out.
   *
   * @param start where the name starts
   * @param printed the part of the name already read, from {@code start} to {@link #pos}
   */
  private Token name(int start, StringBuilder printed) {
    while (true) {
      while (pos < end) {
        int cp = text.codePointAt(pos);
        if (Symbols.isNamePart(cp)) {
          if (Symbols.isLatinX(cp) && printed.length() > 0 && xSplits(printed, pos)) {
            break;
          }
          printed.appendCodePoint(cp);
          pos += Character.charCount(cp);
        } else if (endsWithDigit(printed) && isGroupSeparator(cp) && group(pos + 1)) {
          // 補助金額10,000元以上件數: a grouped number inside a name
          notes.add(new Note(Repair.GROUPED_NUMBER, pos));
          printed.appendCodePoint(cp);
          pos++;
        } else if (endsWithDigit(printed) && isRangeSign(cp) && countFollows(pos + 1)) {
          // 氣喘病人0-14日內再住院率: a range of counts inside a name
          printed.appendCodePoint(cp);
          pos++;
        } else if (!joinLineBreak(Symbols::isNamePart)) {
          break;
        }
      }
      // A glued bracket may itself be wrapped: 當月\n（年）日數, 當月（年）\n日數
      int open = pos;
      int wrapped = pos < end && Symbols.isSpace(text.codePointAt(pos)) ? afterLineBreak(pos) : -1;
      if (wrapped > 0) {
        open = wrapped;
      }
      int close = open < end ? gluedBracketEnd(open) : -1;
      if (close < 0) {
        break;
      }
      int next =
          close < end && Symbols.isSpace(text.codePointAt(close)) ? afterLineBreak(close) : close;
      if (next > 0
          && next < end
          && Symbols.isNamePart(text.codePointAt(next))
          && !holds(open, close, Symbol.DIVIDE)) {
        if (open != pos || next != close) {
          notes.add(new Note(Repair.JOINED_LINE_BREAK, pos));
        }
        text.substring(open, close)
            .codePoints()
            .filter(c -> !Symbols.isSpace(c))
            .forEach(printed::appendCodePoint);
        pos = next;
      } else if (open != pos) {
        break;
      } else {
        if (isUnit(pos, close)) {
          notes.add(new Note(Repair.UNIT_LEFT_OUT, pos));
          int nameEnd = pos;
          pos = close;
          return new Token(
              Token.Type.NAME, start, nameEnd, Symbols.normalise(printed.toString()), 0, 0);
        }
        break;
      }
    }
    return new Token(Token.Type.NAME, start, pos, Symbols.normalise(printed.toString()), 0, 0);
  }

  /**
   * Whether a Latin x inside a run of name characters is × rather than part of the name: it is when
   * neither side of it is an ASCII letter or digit ({@code 售電量x費率}, {@code 甲x100%}), or when a
   * digit follows it after a name that is not ASCII.
   */
  private boolean xSplits(StringBuilder printed, int at) {
    int before = printed.codePointBefore(printed.length());
    if (Symbols.isAsciiLetterOrDigit(before)) {
      return false;
    }
    int next = at + Character.charCount(text.codePointAt(at));
    if (next >= end) {
      return false;
    }
    int cp = text.codePointAt(next);
    return !(cp < 0x80 && Character.isLetter(cp)) && timesFollows(at);
  }

  /**
   * @return the index after the bracket that opens at {@code open} and closes the same kind of
   *     bracket within {@value #MAX_GLUED} characters, with neither brackets, operators, equals
   *     signs nor white space inside; -1 if there is none
   */
  private int gluedBracketEnd(int open) {
    Symbol symbol = Symbols.of(text.codePointAt(open));
    if (!symbol.isOpening()) {
      return -1;
    }
    int i = open + Character.charCount(text.codePointAt(open));
    int count = 0;
    while (i < end && count <= MAX_GLUED) {
      int cp = text.codePointAt(i);
      Symbol s = Symbols.of(cp);
      if (s == symbol.closing()) {
        // An empty bracket, or a list number such as （2）, is no part of a name.
        boolean number = text.substring(open + 1, i).chars().allMatch(Character::isDigit);
        return count == 0 || number ? -1 : i + Character.charCount(cp);
      }
      if (Symbols.isSpace(cp) && afterLineBreak(i) > 0) {
        i = afterLineBreak(i); // a bracket wrapped inside: 當月（\n年）日數
        continue;
      }
      if (s.isBracket()
          || Symbols.isSpace(cp)
          || (s != Symbol.NONE && s != Symbol.DIVIDE && s != Symbol.PERCENT)) {
        return -1;
      }
      i += Character.charCount(cp);
      count++;
    }
    return -1;
  }

  private boolean holds(int from, int to, Symbol symbol) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Symbols.of(cp) == symbol) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Whether the bracket from {@code open} to {@code close} holds a unit ({@code （度）}, {@code
   * （元/度）}, {@code （%）}): at most {@value #MAX_UNIT} letters, digits after the first, {@code /} and
   * percent or per mille signs.
   */
  private boolean isUnit(int open, int close) {
    int from = open + Character.charCount(text.codePointAt(open));
    int to = close - Character.charCount(text.codePointBefore(close));
    int count = 0;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      Symbol s = Symbols.of(cp);
      boolean ok =
          Character.isLetter(cp)
              || (count > 0 && Character.isDigit(cp))
              || s == Symbol.DIVIDE
              || s == Symbol.PERCENT
              || cp == '‰'
              || cp == '²'
              || cp == '³';
      if (!ok || cp == 0xF7) {
        return false;
      }
      i += Character.charCount(cp);
      count++;
    }
    return count > 0 && count <= MAX_UNIT;
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
          return new Token(Token.Type.CLOSE, start, pos, null, 0, symbol.bracketKind());
        }
        if (symbol.isOpening()) {
          return new Token(Token.Type.OPEN, start, pos, null, 0, symbol.bracketKind());
        }
        String suggestion = Symbols.suggestion(cp);
        if (suggestion != null) {
          throw FormulaException.of(
              Kind.SYNTAX,
              text,
              start,
              null,
              Problem.UNEXPECTED_CHARACTER_SUGGESTION,
              Symbols.quote(cp),
              suggestion);
        }
        if (isGroupSeparator(cp)) {
          throw syntax(start, Problem.UNEXPECTED_COMMA, Symbols.quote(cp));
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
