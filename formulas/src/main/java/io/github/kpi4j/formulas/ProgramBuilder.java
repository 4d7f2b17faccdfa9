package io.github.kpi4j.formulas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link Program} from operations in reverse Polish order, folding what is constant:
 * {@code 100%} becomes {@code 1}, and a product with {@code 1} (so {@code ×100%}) costs nothing. A
 * constant part that would divide by zero or overflow is left as it is, so that evaluating reports
 * it where it is.
 */
final class ProgramBuilder {
  private final String text;
  private int[] ops = new int[16];
  private double[] constants = new double[16];
  private int[] args = new int[16];
  private int size;
  private final List<Program.Site> sites = new ArrayList<>();

  /** Whether each value on the stack is a constant, which is then the last instruction. */
  private boolean[] constant = new boolean[16];

  private int sp = -1;

  ProgramBuilder(String text) {
    this.text = text;
  }

  void constant(double value) {
    emit(Program.CONST, value, 0);
    push(true);
  }

  void variable(int slot) {
    emit(Program.VAR, 0, slot);
    push(false);
  }

  void negate() {
    if (constant[sp]) {
      constants[size - 1] = -constants[size - 1];
    } else {
      emit(Program.NEG, 0, 0);
    }
  }

  void percent() {
    if (constant[sp]) {
      constants[size - 1] = constants[size - 1] / 100;
    } else {
      emit(Program.PERCENT, 0, 0);
    }
  }

  /**
   * @param type the operator
   * @param operator its token
   * @param rightText its right operand as printed
   * @param rightStart where its right operand starts
   */
  void binary(Token.Type type, Token operator, String rightText, int rightStart) {
    int op = opcode(type);
    int site = sites.size();
    sites.add(
        new Program.Site(
            operator.start(),
            text.substring(operator.start(), operator.end()),
            rightStart,
            rightText));
    boolean leftConstant = constant[sp - 1];
    boolean rightConstant = constant[sp];
    if (leftConstant && rightConstant) {
      double left = constants[size - 2];
      double right = constants[size - 1];
      double value = apply(op, left, right);
      if (Double.isFinite(value) && !(op == Program.DIV && right == 0)) {
        size--;
        constants[size - 1] = value;
        sp--;
        return;
      }
    }
    if (rightConstant && (op == Program.MUL || op == Program.DIV) && constants[size - 1] == 1) {
      // x × 1 and x ÷ 1 are exactly x.
      size--;
      sp--;
      return;
    }
    emit(op, 0, site);
    sp--;
    constant[sp] = false;
  }

  Program build() {
    return new Program(
        text,
        Arrays.copyOf(ops, size),
        Arrays.copyOf(constants, size),
        Arrays.copyOf(args, size),
        sites.toArray(new Program.Site[0]));
  }

  private static int opcode(Token.Type type) {
    switch (type) {
      case PLUS:
        return Program.ADD;
      case MINUS:
        return Program.SUB;
      case TIMES:
        return Program.MUL;
      case DIVIDE:
        return Program.DIV;
      case POWER:
        return Program.POW;
      default:
        throw new AssertionError(type);
    }
  }

  private static double apply(int op, double left, double right) {
    switch (op) {
      case Program.ADD:
        return left + right;
      case Program.SUB:
        return left - right;
      case Program.MUL:
        return left * right;
      case Program.DIV:
        return left / right;
      default:
        return Math.pow(left, right);
    }
  }

  private void emit(int op, double value, int arg) {
    if (size == ops.length) {
      ops = Arrays.copyOf(ops, size * 2);
      constants = Arrays.copyOf(constants, size * 2);
      args = Arrays.copyOf(args, size * 2);
    }
    ops[size] = op;
    constants[size] = value;
    args[size] = arg;
    size++;
  }

  private void push(boolean isConstant) {
    sp++;
    if (sp == constant.length) {
      constant = Arrays.copyOf(constant, sp * 2);
    }
    constant[sp] = isConstant;
  }
}
