package io.github.kpi4j.formulas;

import io.github.kpi4j.formulas.FormulaException.Kind;
import io.github.kpi4j.formulas.FoundFormula.Note;
import io.github.kpi4j.internal.Assert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link Formula} compiled to a {@link Program}. */
final class CompiledFormula implements Formula {
  private final String text;
  private final String expression;
  private final int expressionStart;
  private final String printedValue;
  private final String definedName;
  private final List<Note> notes;
  private final List<String> variables;
  private final String[] names;
  private final int[] firstPositions;
  private final int binaryOperators;
  private final Program program;

  CompiledFormula(
      String text,
      int expressionStart,
      int expressionEnd,
      String printedValue,
      String definedName,
      List<Note> notes,
      List<String> variables,
      int[] firstPositions,
      int binaryOperators,
      Program program) {
    this.text = text;
    this.expression = text.substring(expressionStart, expressionEnd);
    this.expressionStart = expressionStart;
    this.printedValue = printedValue;
    this.definedName = definedName;
    this.notes = notes;
    this.variables = variables;
    this.names = variables.toArray(new String[0]);
    this.firstPositions = firstPositions;
    this.binaryOperators = binaryOperators;
    this.program = program;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String expression() {
    return expression;
  }

  @Override
  public List<String> variables() {
    return variables;
  }

  @Override
  public Optional<String> printedValue() {
    return Optional.ofNullable(printedValue);
  }

  /**
   * @return where the {@link #expression()} starts in the text
   */
  int expressionStart() {
    return expressionStart;
  }

  @Override
  public Optional<String> definedName() {
    return Optional.ofNullable(definedName);
  }

  /**
   * @return the repairs made to read the text, with positions in it
   */
  List<Note> notes() {
    return notes;
  }

  /**
   * @return how many binary operators the text has, folded or not
   */
  int binaryOperators() {
    return binaryOperators;
  }

  /**
   * @return the compiled program, for tests of the compiler
   */
  Program program() {
    return program;
  }

  @Override
  public double evaluate(Map<String, ? extends Number> values) {
    Assert.notNull(values, "values");
    double[] v = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      Number value = values.get(names[i]);
      v[i] = checked(i, value != null ? value.doubleValue() : lookUp(values, i));
    }
    return program.run(v);
  }

  @Override
  public double evaluate(double... values) {
    Assert.notNull(values, "values");
    if (values.length != names.length) {
      throw names.length == 0
          ? FormulaException.of(
              Kind.WRONG_ARITY, text, -1, null, Problem.NO_VALUES_EXPECTED, values.length)
          : names.length == 1
              ? FormulaException.of(
                  Kind.WRONG_ARITY,
                  text,
                  -1,
                  null,
                  Problem.ONE_VALUE_EXPECTED,
                  names[0],
                  values.length)
              : FormulaException.of(
                  Kind.WRONG_ARITY,
                  text,
                  -1,
                  null,
                  Problem.VALUES_EXPECTED,
                  names.length,
                  variables,
                  values.length);
    }
    for (int i = 0; i < values.length; i++) {
      checked(i, values[i]);
    }
    return program.run(values);
  }

  private double checked(int slot, double value) {
    if (!Double.isFinite(value)) {
      Problem problem =
          Double.isNaN(value)
              ? Problem.VALUE_NAN
              : value > 0 ? Problem.VALUE_POSITIVE_INFINITY : Problem.VALUE_NEGATIVE_INFINITY;
      throw FormulaException.of(
          Kind.NOT_FINITE, text, firstPositions[slot], names[slot], problem, names[slot]);
    }
    return value;
  }

  /** Finds a variable's value under a key that is not in normal form: the slow path. */
  private double lookUp(Map<String, ? extends Number> values, int slot) {
    Double found = null;
    for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
      if (e.getKey() == null
          || e.getValue() == null
          || !Symbols.normalise(e.getKey()).equals(names[slot])) {
        continue;
      }
      double value = e.getValue().doubleValue();
      if (found != null && Double.compare(found, value) != 0) {
        throw FormulaException.of(
            Kind.AMBIGUOUS_VARIABLE,
            text,
            firstPositions[slot],
            names[slot],
            Problem.AMBIGUOUS_VALUE,
            names[slot],
            found,
            value);
      }
      found = value;
    }
    if (found == null) {
      throw missing(values, slot);
    }
    return found;
  }

  private FormulaException missing(Map<String, ? extends Number> values, int slot) {
    List<String> others = new ArrayList<>();
    for (int i = slot + 1; i < names.length; i++) {
      String name = names[i];
      if (values.get(name) == null
          && values.keySet().stream()
              .noneMatch(k -> k != null && Symbols.normalise(k).equals(name))) {
        others.add(name);
      }
    }
    return others.isEmpty()
        ? FormulaException.of(
            Kind.MISSING_VARIABLE,
            text,
            firstPositions[slot],
            names[slot],
            Problem.MISSING_VALUE,
            names[slot])
        : FormulaException.of(
            Kind.MISSING_VARIABLE,
            text,
            firstPositions[slot],
            names[slot],
            Problem.MISSING_VALUES,
            names[slot],
            others);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompiledFormula f && text.equals(f.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
