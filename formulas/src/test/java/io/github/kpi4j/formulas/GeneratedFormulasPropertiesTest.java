package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Formulas generated from the grammar (numbers, variables, + − × ÷ ^, signs, %, every kind of
 * bracket, full-width forms, stray spaces) evaluate as an independent reference evaluator and as
 * raw exp4j say they should.
 */
class GeneratedFormulasPropertiesTest {
  private static final double[] INTERESTING = {0, 1, -1, 2, 0.5, 100, 1e-3, -7.25, 1e200, 1e-200};

  @Test
  void should_agree_with_the_reference_evaluator() {
    AtomicInteger valued = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    qt().withExamples(400)
        .forAll(formulas(), longs().all(), longs().all())
        .checkAssert(
            (tree, style, valueSeed) -> {
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
                failed.incrementAndGet();
                FormulaException e =
                    catchThrowableOfType(FormulaException.class, () -> formula.evaluate(values));
                assertThat(e).as(text).isNotNull();
                assertThat(e.kind()).as(e.getMessage()).isEqualTo(failure.kind);
                if (failure.divisor != null) {
                  assertThat(e.variable()).as(e.getMessage()).contains(failure.divisor);
                }
                return;
              }
              valued.incrementAndGet();
              assertThat(formula.evaluate(values)).as(text).isEqualTo(expected);
              double[] positional = formula.variables().stream().mapToDouble(values::get).toArray();
              assertThat(formula.evaluate(positional)).as(text).isEqualTo(expected);
            });
    // AND most formulas gave a value to compare, and some an error to compare
    assertThat(valued.get()).isGreaterThan(failed.get());
    assertThat(failed).hasPositiveValue();
  }

  @Test
  void should_agree_with_raw_exp4j_on_the_ascii_form() {
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    qt().withExamples(300)
        .forAll(formulas(), longs().all(), longs().all())
        .checkAssert(
            (tree, style, valueSeed) -> {
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
                skipped.incrementAndGet();
                return; // exp4j lets overflows through and throws its own exception for a zero
                // divisor
              }

              // WHEN
              Expression raw =
                  new ExpressionBuilder(ascii)
                      .variables(asciiValues.keySet())
                      .implicitMultiplication(false)
                      .build()
                      .setVariables(asciiValues);
              double exp4j = raw.evaluate() + 0.0;
              compared.incrementAndGet();

              // THEN
              assertThat(Formula.compile(ascii).evaluate(asciiValues)).as(ascii).isEqualTo(exp4j);
              assertThat(Formula.compile(printed).evaluate(values)).as(printed).isEqualTo(exp4j);
            });
    // AND most formulas were compared, not skipped
    assertThat(compared.get()).isGreaterThan(skipped.get());
  }

  /**
   * Powers rarely: they overflow easily, and a formula that overflows says little about the rest.
   */
  private static final Gen<Character> OPERATORS =
      Generate.frequency(
          List.of(
              Pair.of(4, Generate.constant('+')),
              Pair.of(4, Generate.constant('-')),
              Pair.of(4, Generate.constant('*')),
              Pair.of(4, Generate.constant('/')),
              Pair.of(1, Generate.constant('^'))));

  private static Gen<Expr> formulas() {
    return formula(5);
  }

  private static Gen<Expr> formula(int depth) {
    Gen<Expr> leaf =
        Generate.frequency(
            List.of(
                Pair.of(1, integers().between(0, 1000).map(i -> (Expr) new Expr.Num(i.toString()))),
                // 0.00 to 100.00, two decimals
                Pair.of(
                    1,
                    integers()
                        .between(0, 10_000)
                        .map(i -> (Expr) new Expr.Num(BigDecimal.valueOf(i, 2).toPlainString()))),
                Pair.of(2, Generate.pick(Expr.SPELLINGS).map(v -> (Expr) new Expr.Var(v)))));
    if (depth == 0) {
      return leaf;
    }
    Gen<Expr> sub = formula(depth - 1);
    Gen<Expr> binary =
        in -> new Expr.Bin(OPERATORS.generate(in), sub.generate(in), sub.generate(in));
    return Generate.frequency(
        List.of(
            Pair.of(1, leaf),
            Pair.of(6, binary),
            Pair.of(1, sub.map(e -> (Expr) new Expr.Neg(e))),
            Pair.of(1, sub.map(e -> (Expr) new Expr.Percent(e)))));
  }

  private static Map<String, Double> values(Random random) {
    Map<String, Double> values = new HashMap<>();
    for (String spelling : Expr.SPELLINGS) {
      double value =
          random.nextBoolean()
              ? INTERESTING[random.nextInt(INTERESTING.length)]
              : random.nextInt(2001) - 1000;
      values.put(Expr.nfkc(spelling), value);
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
      names.add(Expr.nfkc(v.spelling()));
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
