package io.github.kpi4j.formulas;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A formula as a tree, for property tests: it renders itself as a plan might print it (full-width
 * or ASCII, any bracket, stray spaces) and evaluates itself by the specification's rules, a
 * reference independent of the compiler.
 */
sealed interface Expr {
  /** The variables the generator draws from: spellings, some of which are one name in NFKC. */
  List<String> SPELLINGS = List.of("甲", "乙", "本年度資本門實支數", "前1年度人次", "x", "Ａ", "A", "𠀋", "_b2");

  /**
   * @return its precedence: 1 for + -, 2 for × ÷, 3 for a sign, 4 for ^, 5 for %, 6 for an atom
   */
  int precedence();

  /** A number as printed, such as {@code 12.5} or {@code １２．５}. */
  record Num(String ascii) implements Expr {
    @Override
    public int precedence() {
      return 6;
    }
  }

  /** A variable by one of its spellings. */
  record Var(String spelling) implements Expr {
    @Override
    public int precedence() {
      return 6;
    }
  }

  /** A minus sign. */
  record Neg(Expr operand) implements Expr {
    @Override
    public int precedence() {
      return 3;
    }
  }

  /** A percent sign after a number or a bracket. */
  record Percent(Expr operand) implements Expr {
    @Override
    public int precedence() {
      return 5;
    }
  }

  /** A binary operation: one of {@code + - * / ^}. */
  record Bin(char op, Expr left, Expr right) implements Expr {
    @Override
    public int precedence() {
      return op == '+' || op == '-' ? 1 : op == '*' || op == '/' ? 2 : 4;
    }
  }

  /** Why the reference evaluation failed. */
  final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final FormulaException.Kind kind;
    final String divisor;

    Failure(FormulaException.Kind kind, String divisor) {
      super(kind.toString(), null, false, false);
      this.kind = kind;
      this.divisor = divisor;
    }
  }

  /** Renders a tree, remembering how each divisor was printed. */
  final class Printer {
    private final Random random;
    private final boolean ascii;
    private final Map<Expr, String> divisors = new java.util.IdentityHashMap<>();

    /**
     * @param random the source of each choice of form
     * @param ascii whether to print plain ASCII only, with {@code %} as {@code /100}, for exp4j
     */
    Printer(Random random, boolean ascii) {
      this.random = random;
      this.ascii = ascii;
    }

    String print(Expr e) {
      if (e instanceof Num n) {
        return ascii ? n.ascii() : digits(n.ascii());
      }
      if (e instanceof Var v) {
        return ascii ? asciiName(v.spelling()) : v.spelling();
      }
      if (e instanceof Neg n) {
        String sign = ascii ? "-" : pick("-", "－", "−");
        return sign + space() + child(n.operand(), n.operand().precedence() < 3);
      }
      if (e instanceof Percent p) {
        return ascii
            ? "(" + child(p.operand(), true) + "/100)"
            : child(p.operand(), !(p.operand() instanceof Num)) + space() + pick("%", "％");
      }
      return printBin((Bin) e);
    }

    private String printBin(Bin b) {
      int p = b.precedence();
      boolean leftBrackets =
          b.left().precedence() < p || (b.op() == '^' && b.left().precedence() == 4);
      boolean rightBrackets =
          b.op() == '^' ? b.right().precedence() < 4 : b.right().precedence() <= p;
      String left = child(b.left(), leftBrackets);
      String right = child(b.right(), rightBrackets);
      if (b.op() == '/') {
        divisors.put(b, right.strip());
      }
      return left + space() + operator(b.op()) + space() + right;
    }

    /** The divisor of a division as printed, brackets included. */
    String divisor(Bin division) {
      return divisors.get(division);
    }

    private String child(Expr e, boolean brackets) {
      // Now and then a bracket that is not needed, to show that it changes nothing.
      if (brackets || random.nextInt(8) == 0) {
        String[][] kinds = ascii ? new String[][] {{"(", ")"}} : BRACKETS;
        String[] kind = kinds[random.nextInt(kinds.length)];
        return kind[0] + space() + print(e) + space() + kind[1];
      }
      return print(e);
    }

    private String operator(char op) {
      if (ascii) {
        return String.valueOf(op);
      }
      switch (op) {
        case '+':
          return pick("+", "＋");
        case '-':
          return pick("-", "－", "−");
        case '*':
          return pick("*", "×", "＊");
        case '/':
          return pick("/", "÷", "／");
        default:
          return pick("^", "＾");
      }
    }

    private String digits(String ascii) {
      if (random.nextBoolean()) {
        return ascii;
      }
      StringBuilder wide = new StringBuilder();
      for (char c : ascii.toCharArray()) {
        wide.append(c == '.' ? '．' : (char) (c - '0' + '０'));
      }
      return wide.toString();
    }

    private String space() {
      if (random.nextInt(4) != 0) {
        return "";
      }
      return ascii ? " " : pick(" ", "　", "  ");
    }

    private String pick(String... forms) {
      return forms[random.nextInt(forms.length)];
    }
  }

  String[][] BRACKETS = {
    {"(", ")"}, {"（", "）"}, {"[", "]"}, {"［", "］"}, {"【", "】"}, {"{", "}"}, {"〔", "〕"}, {"（", ")"}
  };

  /**
   * @return a variable's normal form by the specification: Unicode NFKC and nothing else (the
   *     spellings have no white space, which would end a name)
   */
  static String nfkc(String spelling) {
    return java.text.Normalizer.normalize(spelling, java.text.Normalizer.Form.NFKC);
  }

  /**
   * @return a variable's name in ASCII, for exp4j, which reads by {@code char}
   */
  static String asciiName(String spelling) {
    return "v" + Integer.toHexString(nfkc(spelling).hashCode() & 0xfffffff);
  }

  /**
   * Evaluates by the rules of the specification, in the order an evaluator must: the left operand,
   * the right one, then the operator.
   *
   * @param values each variable's value by its normal form
   * @param printer the printer that printed the tree, for the divisors' text
   */
  static double evaluate(Expr e, Map<String, Double> values, Printer printer) {
    if (e instanceof Num n) {
      return Double.parseDouble(n.ascii());
    }
    if (e instanceof Var v) {
      return values.get(nfkc(v.spelling()));
    }
    if (e instanceof Neg n) {
      return -evaluate(n.operand(), values, printer);
    }
    if (e instanceof Percent p) {
      return evaluate(p.operand(), values, printer) / 100;
    }
    Bin b = (Bin) e;
    double l = evaluate(b.left(), values, printer);
    double r = evaluate(b.right(), values, printer);
    if (b.op() == '/' && r == 0) {
      throw new Failure(FormulaException.Kind.DIVISION_BY_ZERO, printer.divisor(b));
    }
    double result;
    switch (b.op()) {
      case '+':
        result = l + r;
        break;
      case '-':
        result = l - r;
        break;
      case '*':
        result = l * r;
        break;
      case '/':
        result = l / r;
        break;
      default:
        result = Math.pow(l, r);
    }
    if (!Double.isFinite(result)) {
      throw new Failure(FormulaException.Kind.NOT_FINITE, null);
    }
    return result;
  }
}
