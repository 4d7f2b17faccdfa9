package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FormulaException.Kind;

/**
 * A compiled formula as a flat, immutable program for a stack machine: an op-code array, one
 * argument per op-code, variables as slot indexes. Evaluating it allocates only its stack; exp4j's
 * own {@code Expression} is mutable and boxes its arguments, which this avoids.
 */
final class Program {
  static final int CONST = 0;
  static final int VAR = 1;
  static final int ADD = 2;
  static final int SUB = 3;
  static final int MUL = 4;
  static final int DIV = 5;
  static final int POW = 6;
  static final int NEG = 7;
  static final int PERCENT = 8;

  private final String text;
  private final int[] ops;

  /** A constant's value. */
  private final double[] constants;

  /** A variable's slot, or a binary operator's site. */
  private final int[] args;

  private final int stackSize;
  private final Site[] sites;

  /**
   * Where each binary operator is in the text, and its right operand, for error messages.
   *
   * @param operator the operator's index in the text
   * @param operatorText the operator as printed
   * @param right the index of its right operand
   * @param rightText its right operand as printed, brackets included
   */
  record Site(int operator, String operatorText, int right, String rightText) {}

  Program(String text, int[] ops, double[] constants, int[] args, Site[] sites) {
    this.text = text;
    this.ops = ops;
    this.constants = constants;
    this.args = args;
    this.sites = sites;
    this.stackSize = stackSize(ops);
  }

  private static int stackSize(int[] ops) {
    int depth = 0;
    int max = 1;
    for (int op : ops) {
      if (op == CONST || op == VAR) {
        max = Math.max(max, ++depth);
      } else if (op != NEG && op != PERCENT) {
        depth--;
      }
    }
    return max;
  }

  /**
   * @return the number of instructions, for tests of the compiler
   */
  int size() {
    return ops.length;
  }

  /**
   * @return a readable listing, for tests and debugging
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    String[] names = {"const", "var", "add", "sub", "mul", "div", "pow", "neg", "percent"};
    for (int i = 0; i < ops.length; i++) {
      out.append(names[ops[i]]);
      if (ops[i] == CONST) {
        out.append(' ').append(constants[i]);
      } else if (ops[i] == VAR) {
        out.append(' ').append(args[i]);
      }
      out.append(i + 1 < ops.length ? "; " : "");
    }
    return out.toString();
  }

  /**
   * Runs the program.
   *
   * @param v the variables' values, finite, one per slot
   * @return the result, finite
   */
  double run(double[] v) {
    final int[] ops = this.ops;
    final double[] constants = this.constants;
    final int[] args = this.args;
    final double[] s = new double[stackSize];
    int sp = -1;
    for (int pc = 0; pc < ops.length; pc++) {
      double r;
      switch (ops[pc]) {
        case CONST:
          s[++sp] = constants[pc];
          continue;
        case VAR:
          s[++sp] = v[args[pc]];
          continue;
        case NEG:
          s[sp] = -s[sp];
          continue;
        case PERCENT:
          s[sp] = s[sp] / 100;
          continue;
        case ADD:
          r = s[sp - 1] + s[sp];
          break;
        case SUB:
          r = s[sp - 1] - s[sp];
          break;
        case MUL:
          r = s[sp - 1] * s[sp];
          break;
        case DIV:
          if (s[sp] == 0) {
            throw divisionByZero(args[pc]);
          }
          r = s[sp - 1] / s[sp];
          break;
        case POW:
          r = Math.pow(s[sp - 1], s[sp]);
          break;
        default:
          throw new AssertionError("op-code " + ops[pc]);
      }
      if (!Double.isFinite(r)) {
        throw notFinite(args[pc], s[sp - 1], s[sp], r);
      }
      s[--sp] = r;
    }
    // Adding zero turns -0.0 into 0.0: a KPI of "-0%" helps nobody.
    return s[0] + 0.0;
  }

  private FormulaException divisionByZero(int site) {
    Site at = sites[site];
    return FormulaException.of(
        Kind.DIVISION_BY_ZERO,
        text,
        at.right(),
        at.rightText(),
        Problem.DIVISION_BY_ZERO,
        Symbols.quote(at.rightText()));
  }

  private FormulaException notFinite(int site, double left, double right, double result) {
    Site at = sites[site];
    return Double.isNaN(result)
        ? FormulaException.of(
            Kind.NOT_FINITE,
            text,
            at.operator(),
            null,
            Problem.RESULT_NOT_REAL,
            number(left),
            at.operatorText(),
            number(right))
        : FormulaException.of(
            Kind.NOT_FINITE,
            text,
            at.operator(),
            null,
            Problem.RESULT_OVERFLOWS,
            number(left),
            at.operatorText(),
            number(right),
            result > 0 ? "∞" : "-∞");
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
