package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FormulaException.Kind;
import io.github.kpi4j.formulas.FoundFormula.Note;
import io.github.kpi4j.formulas.Token.Type;
import io.github.kpi4j.internal.Assert;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.objecthunter.exp4j.operator.Operator;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * Compiles a formula's text in four steps: split off a printed value; split the rest into tokens by
 * code point ({@link Lexer}); check the tokens' order, which exp4j does not do in a way that can
 * point at the culprit, and write them as ASCII with a synthetic name per variable ({@code v0},
 * {@code v1} …), since exp4j reads by {@code char}; let exp4j's shunting-yard put them in reverse
 * Polish order and turn that into a {@link Program}.
 */
final class FormulaCompiler {
  /** Percent as exp4j sees it: a postfix operator that binds tighter than anything else. */
  private static final Operator PERCENT =
      new Operator("%", 1, true, Operator.PRECEDENCE_POWER + 1) {
        @Override
        public double apply(double... args) {
          return args[0] / 100;
        }
      };

  private static final Map<String, Operator> OPERATORS = Map.of("%", PERCENT);

  private final String text;
  private final List<Token> tokens;

  /** For each opening or closing bracket, the index of its partner; -1 for other tokens. */
  private final int[] partner;

  private final List<Integer> operands = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<Integer> firstPositions = new ArrayList<>();
  private int binaryOperators;

  private FormulaCompiler(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
    this.partner = new int[tokens.size()];
  }

  static CompiledFormula compile(String text) {
    return compile(text, new int[0]);
  }

  /**
   * Compiles a formula with spans that are each one name whatever they hold.
   *
   * @param names the spans, in order: start, end, start, end …
   */
  static CompiledFormula compile(String text, int[] names) {
    Assert.notNull(text, "text");
    if (text.length() > Formula.MAX_LENGTH) {
      throw syntax(text, Formula.MAX_LENGTH, Problem.TOO_LONG, Formula.MAX_LENGTH);
    }
    // The text between equals signs: a defined name, the formula, worked steps, a printed value.
    List<Integer> equals = new ArrayList<>();
    for (int i = indexOfEquals(text, 0); i >= 0; i = indexOfEquals(text, after(text, i))) {
      equals.add(i);
    }
    int start = 0;
    int end = text.length();
    String printed = null;
    String defined = null;
    List<Note> notes = new ArrayList<>();
    if (!equals.isEmpty()) {
      int last = equals.get(equals.size() - 1);
      printed = text.substring(after(text, last)).strip();
      if (printed.isEmpty()) {
        throw syntax(
            text, text.length(), Problem.NO_PRINTED_VALUE, Symbols.quote(text.codePointAt(last)));
      }
      for (int i = 1; i < equals.size(); i++) {
        int from = after(text, equals.get(i - 1));
        if (text.substring(from, equals.get(i)).isBlank()) {
          throw syntax(
              text,
              equals.get(i),
              Problem.EMPTY_BETWEEN_EQUALS,
              Symbols.quote(text.codePointAt(equals.get(i - 1))),
              Symbols.quote(text.codePointAt(equals.get(i))));
        }
      }
      end = equals.get(0);
      Optional<String> name = definedName(text, end);
      if (name.isPresent()) {
        int rhsEnd = equals.size() > 1 ? equals.get(1) : text.length();
        if (isArithmetic(text, after(text, end), rhsEnd)) {
          defined = name.get();
          start = after(text, end);
          end = rhsEnd;
          if (equals.size() == 1) {
            printed = null;
          }
        }
      }
    }
    FormulaCompiler compiler =
        new FormulaCompiler(text, Lexer.tokens(text, start, end, notes, names));
    String ascii = compiler.check(end);
    Program program = compiler.program(ascii);
    int from = start;
    while (from < end && Symbols.isSpace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    int to = end;
    while (to > from && Symbols.isSpace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return new CompiledFormula(
        text,
        from,
        to,
        printed,
        defined,
        List.copyOf(notes),
        List.copyOf(compiler.names),
        compiler.firstPositions.stream().mapToInt(Integer::intValue).toArray(),
        compiler.binaryOperators,
        program);
  }

  private static int indexOfEquals(String text, int from) {
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Symbols.of(cp) == Symbol.EQUALS) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static int after(String text, int index) {
    return index + Character.charCount(text.codePointAt(index));
  }

  /**
   * @return the name that {@code text[0, end)} is, alone or with a unit after it ({@code 電力費用（元）}),
   *     in NFKC form; empty if it is anything else
   */
  private static Optional<String> definedName(String text, int end) {
    try {
      List<Token> tokens = Lexer.tokens(text, 0, end, new ArrayList<>());
      return tokens.size() == 1 && tokens.get(0).type() == Type.NAME
          ? Optional.of(tokens.get(0).text())
          : Optional.empty();
    } catch (FormulaException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code text[start, end)} is arithmetic rather than a printed value: it holds a variable
   * or an operator between two operands. What cannot be read is taken for arithmetic, so that
   * compiling it reports the problem.
   */
  private static boolean isArithmetic(String text, int start, int end) {
    try {
      Token previous = null;
      for (Token token : Lexer.tokens(text, start, end, new ArrayList<>())) {
        if (token.type() == Type.NAME) {
          return true;
        }
        boolean binary =
            token.type() == Type.TIMES
                || token.type() == Type.DIVIDE
                || token.type() == Type.POWER
                || ((token.type() == Type.PLUS || token.type() == Type.MINUS)
                    && previous != null
                    && (previous.isOperand()
                        || previous.type() == Type.CLOSE
                        || previous.type() == Type.PERCENT));
        if (binary) {
          return true;
        }
        previous = token;
      }
      return false;
    } catch (FormulaException e) {
      return true;
    }
  }

  /**
   * Checks that the tokens make a formula, pairs the brackets, numbers the variables and writes the
   * tokens as exp4j reads them.
   *
   * @param end where the arithmetic ends in the text
   * @return the formula in ASCII, with synthetic variable names
   */
  private String check(int end) {
    StringBuilder ascii = new StringBuilder();
    Deque<Integer> open = new ArrayDeque<>();
    boolean expectOperand = true;
    Token previous = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      partner[i] = -1;
      switch (token.type()) {
        case NUMBER:
        case NAME:
          if (!expectOperand) {
            throw sideBySide(previous, token);
          }
          operands.add(i);
          ascii.append(token.type() == Type.NUMBER ? token.text() : "v" + slot(token));
          expectOperand = false;
          break;
        case OPEN:
          if (!expectOperand) {
            throw sideBySide(previous, token);
          }
          if (open.size() == Formula.MAX_DEPTH) {
            throw syntax(text, token.start(), Problem.BRACKETS_TOO_DEEP, Formula.MAX_DEPTH);
          }
          open.push(i);
          ascii.append('(');
          break;
        case CLOSE:
          if (expectOperand) {
            throw expectedOperand(previous, token);
          }
          if (open.isEmpty()) {
            throw syntax(text, token.start(), Problem.NO_BRACKET_OPEN, quote(token));
          }
          Token opening = tokens.get(open.peek());
          if (opening.bracket() != token.bracket()) {
            throw syntax(
                text,
                token.start(),
                Problem.MISMATCHED_BRACKETS,
                quote(opening),
                text.codePointCount(0, opening.start()) + 1,
                quote(token));
          }
          partner[i] = open.peek();
          partner[open.pop()] = i;
          ascii.append(')');
          break;
        case PLUS:
        case MINUS:
          if (!expectOperand) {
            binaryOperators++;
          }
          ascii.append(token.type() == Type.PLUS ? '+' : '-');
          expectOperand = true;
          break;
        case TIMES:
        case DIVIDE:
        case POWER:
          if (expectOperand) {
            throw expectedOperand(previous, token);
          }
          binaryOperators++;
          ascii.append(token.type() == Type.TIMES ? '*' : token.type() == Type.DIVIDE ? '/' : '^');
          expectOperand = true;
          break;
        case PERCENT:
          if (expectOperand || previous.type() == Type.NAME || previous.type() == Type.PERCENT) {
            throw previous == null
                ? syntax(text, token.start(), Problem.MISPLACED_PERCENT, quote(token))
                : syntax(
                    text,
                    token.start(),
                    Problem.MISPLACED_PERCENT_AFTER,
                    quote(token),
                    quote(previous));
          }
          ascii.append('%');
          break;
        default:
          throw new AssertionError(token.type());
      }
      ascii.append(' ');
      previous = token;
    }
    if (previous == null) {
      throw syntax(text, 0, Problem.EMPTY);
    }
    if (expectOperand) {
      throw syntax(text, previous.end(), Problem.UNEXPECTED_END, quote(previous));
    }
    if (!open.isEmpty()) {
      Token unclosed = tokens.get(open.getLast());
      throw syntax(text, unclosed.start(), Problem.BRACKET_NEVER_CLOSED, quote(unclosed));
    }
    assert end >= previous.end();
    return ascii.toString();
  }

  private int slot(Token name) {
    return slots.computeIfAbsent(
        name.text(),
        n -> {
          names.add(n);
          firstPositions.add(name.start());
          return names.size() - 1;
        });
  }

  /**
   * Lets exp4j order the tokens, then turns its reverse Polish notation into a program. exp4j keeps
   * the operands in the order of the text, so the n-th operand it emits is the n-th in {@link
   * #operands}; an operator's place in the text follows from its operands' spans.
   */
  private Program program(String ascii) {
    Set<String> variables = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      variables.add("v" + i);
    }
    net.objecthunter.exp4j.tokenizer.Token[] rpn;
    try {
      rpn = ShuntingYard.convertToRPN(ascii, Map.of(), OPERATORS, variables, false);
    } catch (RuntimeException e) {
      throw internal("exp4j could not order the formula: " + e);
    }
    ProgramBuilder program = new ProgramBuilder(text);
    int[] first = new int[rpn.length];
    int[] last = new int[rpn.length];
    int sp = -1;
    int operand = 0;
    for (net.objecthunter.exp4j.tokenizer.Token t : rpn) {
      if (t instanceof NumberToken number) {
        int at = nextOperand(operand++, Type.NUMBER);
        program.constant(number.getValue());
        sp++;
        first[sp] = at;
        last[sp] = at;
      } else if (t instanceof VariableToken variable) {
        int at = nextOperand(operand++, Type.NAME);
        program.variable(Integer.parseInt(variable.getName().substring(1)));
        sp++;
        first[sp] = at;
        last[sp] = at;
      } else if (t instanceof OperatorToken op
          && op.getOperator().getNumOperands() == 2
          && sp >= 1) {
        int[] right = widen(first[sp], last[sp]);
        sp--;
        int[] left = widen(first[sp], last[sp]);
        int at = left[1] + 1;
        Type type = binaryType(op.getOperator().getSymbol());
        if (at + 1 != right[0] || tokens.get(at).type() != type) {
          throw internal("exp4j placed " + op.getOperator().getSymbol() + " unexpectedly");
        }
        program.binary(
            type, tokens.get(at), spanText(right[0], right[1]), tokens.get(right[0]).start());
        first[sp] = left[0];
        last[sp] = right[1];
      } else if (t instanceof OperatorToken op
          && op.getOperator().getNumOperands() == 1
          && sp >= 0) {
        int[] span = widen(first[sp], last[sp]);
        String symbol = op.getOperator().getSymbol();
        if (symbol.equals("%")) {
          int at = span[1] + 1;
          if (at >= tokens.size() || tokens.get(at).type() != Type.PERCENT) {
            throw internal("exp4j placed % unexpectedly");
          }
          program.percent();
          first[sp] = span[0];
          last[sp] = at;
        } else {
          int at = span[0] - 1;
          Type type = symbol.equals("-") ? Type.MINUS : Type.PLUS;
          if (at < 0 || tokens.get(at).type() != type) {
            throw internal("exp4j placed the sign " + symbol + " unexpectedly");
          }
          if (type == Type.MINUS) {
            program.negate();
          }
          first[sp] = at;
          last[sp] = span[1];
        }
      } else {
        throw internal("exp4j produced an unexpected token " + t.getClass().getSimpleName());
      }
    }
    if (sp != 0 || operand != operands.size()) {
      throw internal("exp4j's output does not match the formula");
    }
    return program.build();
  }

  private int nextOperand(int n, Type expected) {
    if (n >= operands.size() || tokens.get(operands.get(n)).type() != expected) {
      throw internal("exp4j's operands do not match the formula's");
    }
    return operands.get(n);
  }

  /** Extends a span of tokens over the brackets that enclose exactly it. */
  private int[] widen(int first, int last) {
    while (first > 0
        && last + 1 < tokens.size()
        && tokens.get(first - 1).type() == Type.OPEN
        && partner[first - 1] == last + 1) {
      first--;
      last++;
    }
    return new int[] {first, last};
  }

  private String spanText(int first, int last) {
    return text.substring(tokens.get(first).start(), tokens.get(last).end());
  }

  private static Type binaryType(String symbol) {
    switch (symbol) {
      case "+":
        return Type.PLUS;
      case "-":
        return Type.MINUS;
      case "*":
        return Type.TIMES;
      case "/":
        return Type.DIVIDE;
      case "^":
        return Type.POWER;
      default:
        return null;
    }
  }

  private FormulaException sideBySide(Token left, Token right) {
    // Two names are the likeliest case: a name split by a PDF extraction (資 本門預算數).
    Problem problem =
        left.type() == Type.NAME && right.type() == Type.NAME
            ? Problem.VARIABLES_SIDE_BY_SIDE
            : Problem.MISSING_OPERATOR;
    return syntax(text, right.start(), problem, quote(left), quote(right));
  }

  private FormulaException expectedOperand(Token previous, Token token) {
    if (previous == null) {
      return syntax(text, token.start(), Problem.BAD_START, quote(token));
    }
    if (previous.type() == Type.OPEN && token.type() == Type.CLOSE) {
      return syntax(text, token.start(), Problem.EMPTY_BRACKETS, quote(previous), quote(token));
    }
    return syntax(text, token.start(), Problem.OPERAND_EXPECTED, quote(previous), quote(token));
  }

  private String quote(Token token) {
    return Symbols.quote(text.substring(token.start(), token.end()));
  }

  /** A disagreement between this compiler and exp4j: a bug, reported without a position. */
  private FormulaException internal(String problem) {
    return FormulaException.of(Kind.SYNTAX, text, -1, null, Problem.INTERNAL, problem);
  }

  private static FormulaException syntax(
      String text, int position, Problem problem, Object... args) {
    return FormulaException.of(Kind.SYNTAX, text, position, null, problem, args);
  }
}
