package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.model.Names;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * Formulas generated from the grammar (numbers, variables, + − × ÷ ^, signs, %, every kind of
 * bracket, full-width forms, stray spaces) evaluate as an independent reference evaluator and as
 * raw exp4j say they should.
 */
class GeneratedFormulasPropertiesTest {
  private static final double[] INTERESTING = {0, 1, -1, 2, 0.5, 100, 1e-3, -7.25, 1e200, 1e-200};

  @Property(tries = 400)
  void should_agree_with_the_reference_evaluator(
      @ForAll("formulas") Expr tree, @ForAll long style, @ForAll long valueSeed) {
    // GIVEN a formula printed in random forms, and random values
    Expr.Printer printer = new Expr.Printer(new Random(style), false);
    String text = printer.print(tree);
    Map<String, Double> values = values(new Random(valueSeed));

    // WHEN
    Formula formula = Formula.compile(text);

    // THEN
    assertThat(formula.variables()).containsExactlyElementsOf(variablesOf(tree));
    double expected;
    try {
      expected = Expr.evaluate(tree, values, printer) + 0.0;
    } catch (Expr.Failure failure) {
      Statistics.label("outcome").collect(failure.kind);
      FormulaException e =
          catchThrowableOfType(FormulaException.class, () -> formula.evaluate(values));
      assertThat(e).as(text).isNotNull();
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(failure.kind);
      if (failure.divisor != null) {
        assertThat(e.variable()).as(e.getMessage()).contains(failure.divisor);
      }
      return;
    }
    Statistics.label("outcome").collect("value");
    Statistics.label("length").collect(text.length() < 10 ? "<10" : text.length() < 40 ? "<40" : ">=40");
    assertThat(formula.evaluate(values)).as(text).isEqualTo(expected);
    double[] positional =
        formula.variables().stream().mapToDouble(values::get).toArray();
    assertThat(formula.evaluate(positional)).as(text).isEqualTo(expected);
  }

  @Property(tries = 300)
  void should_agree_with_raw_exp4j_on_the_ascii_form(
      @ForAll("formulas") Expr tree, @ForAll long style, @ForAll long valueSeed) {
    // GIVEN the same formula in exp4j's ASCII and in a plan's forms
    String ascii = new Expr.Printer(new Random(style), true).print(tree);
    Expr.Printer printer = new Expr.Printer(new Random(style), false);
    String printed = printer.print(tree);
    Map<String, Double> values = values(new Random(valueSeed));
    Map<String, Double> asciiValues = new HashMap<>();
    values.forEach((name, value) -> asciiValues.put(Expr.asciiName(name), value));
    try {
      Expr.evaluate(tree, values, printer);
    } catch (Expr.Failure failure) {
      Statistics.label("compared").collect(false);
      return; // exp4j lets overflows through and throws its own exception for a zero divisor
    }

    // WHEN
    Expression raw =
        new ExpressionBuilder(ascii)
            .variables(asciiValues.keySet())
            .implicitMultiplication(false)
            .build()
            .setVariables(asciiValues);
    double exp4j = raw.evaluate() + 0.0;
    Statistics.label("compared").collect(true);

    // THEN
    assertThat(Formula.compile(ascii).evaluate(asciiValues)).as(ascii).isEqualTo(exp4j);
    assertThat(Formula.compile(printed).evaluate(values)).as(printed).isEqualTo(exp4j);
  }

  /** Powers rarely: they overflow easily, and a formula that overflows says little about the rest. */
  private static final Arbitrary<Character> OPERATORS =
      Arbitraries.frequency(
          Tuple.of(4, '+'), Tuple.of(4, '-'), Tuple.of(4, '*'), Tuple.of(4, '/'), Tuple.of(1, '^'));

  @Provide
  Arbitrary<Expr> formulas() {
    return formula(5);
  }

  private static Arbitrary<Expr> formula(int depth) {
    Arbitrary<Expr> leaf =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(0, 1000).map(i -> new Expr.Num(i.toString()))),
            Tuple.of(
                1,
                Arbitraries.bigDecimals()
                    .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                    .ofScale(2)
                    .map(d -> new Expr.Num(d.toPlainString()))),
            Tuple.of(2, Arbitraries.of(Expr.SPELLINGS).map(Expr.Var::new)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expr> sub = Arbitraries.lazy(() -> formula(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(1, leaf),
        Tuple.of(
            6,
            Combinators.combine(OPERATORS, sub, sub)
                .as(Expr.Bin::new)),
        Tuple.of(1, sub.map(Expr.Neg::new)),
        Tuple.of(1, sub.map(Expr.Percent::new)));
  }

  private static Map<String, Double> values(Random random) {
    Map<String, Double> values = new HashMap<>();
    for (String spelling : Expr.SPELLINGS) {
      double value =
          random.nextBoolean()
              ? INTERESTING[random.nextInt(INTERESTING.length)]
              : random.nextInt(2001) - 1000;
      values.put(Names.normalise(spelling), value);
    }
    return values;
  }

  private static Set<String> variablesOf(Expr tree) {
    Set<String> names = new LinkedHashSet<>();
    collect(tree, names);
    return names;
  }

  private static void collect(Expr e, Set<String> names) {
    if (e instanceof Expr.Var v) {
      names.add(Names.normalise(v.spelling()));
    } else if (e instanceof Expr.Neg n) {
      collect(n.operand(), names);
    } else if (e instanceof Expr.Percent p) {
      collect(p.operand(), names);
    } else if (e instanceof Expr.Bin b) {
      collect(b.left(), names);
      collect(b.right(), names);
    }
  }
}
