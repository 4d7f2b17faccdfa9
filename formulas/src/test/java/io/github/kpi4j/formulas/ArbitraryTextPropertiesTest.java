package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the text and whatever the values, compiling and evaluating raise nothing but {@link
 * FormulaException}, and its position lies within the text.
 */
class ArbitraryTextPropertiesTest {
  /** The characters formulas are made of, and a few that they are not, surrogate halves included. */
  private static final String ALPHABET =
      "0123456789０１２.．()（）[]［］【】{}〔〕+-*/^%＋－−×÷／＊＾％=＝ 　\t\n甲乙前年度AＡa_＿e、,「」"
          + "\uD840\uDC0B\uD840\u0663²√";

  @Property(tries = 1500)
  void should_raise_only_formula_exceptions(@ForAll("texts") String text, @ForAll long seed) {
    // GIVEN any text
    Formula formula;
    try {
      // WHEN it is compiled
      formula = Formula.compile(text);
    } catch (FormulaException e) {
      // THEN a syntax error says where
      Statistics.label("compiled").collect(false);
      assertWellFormed(e, text);
      assertThat(e.kind()).isEqualTo(FormulaException.Kind.SYNTAX);
      return;
    }
    Statistics.label("compiled").collect(true);
    // AND WHEN it compiled, evaluating it with any values raises only a FormulaException
    Random random = new Random(seed);
    Map<String, Double> values = new HashMap<>();
    double[] positional = new double[formula.variables().size()];
    for (int i = 0; i < positional.length; i++) {
      positional[i] = anyValue(random);
      if (random.nextInt(5) != 0) {
        values.put(formula.variables().get(i), positional[i]);
      }
    }
    evaluateQuietly(formula, text, () -> formula.evaluate(values));
    evaluateQuietly(formula, text, () -> formula.evaluate(positional));
  }

  @Property(tries = 200)
  void should_reject_deep_nesting_with_a_syntax_error(
      @ForAll("depths") int depth, @ForAll("bracketPairs") Tuple.Tuple2<String, String> brackets) {
    // GIVEN brackets nested deeper than the limit, around a valid formula
    String text = brackets.get1().repeat(depth) + "1+甲" + brackets.get2().repeat(depth);

    // WHEN / THEN
    try {
      Formula formula = Formula.compile(text);
      assertThat(depth).isLessThanOrEqualTo(Formula.MAX_DEPTH);
      assertThat(formula.evaluate(2)).isEqualTo(3);
    } catch (FormulaException e) {
      assertThat(depth).isGreaterThan(Formula.MAX_DEPTH);
      assertWellFormed(e, text);
      assertThat(e.position()).isEqualTo(Formula.MAX_DEPTH * brackets.get1().length());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().withChars(ALPHABET).ofMaxLength(40)),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)),
        Tuple.of(1, Arbitraries.strings().withChars("(（【[1+甲-").ofMinLength(100).ofMaxLength(300)),
        Tuple.of(1, Arbitraries.strings().withChars("1+(").ofMinLength(3990).ofMaxLength(4010)),
        Tuple.of(
            1,
            Arbitraries.integers()
                .between(0, 5000)
                .map(n -> "(".repeat(n) + "1" + ")".repeat(n))),
        Tuple.of(1, Arbitraries.integers().between(300, 400).map("9"::repeat)),
        Tuple.of(1, Arbitraries.integers().between(1, 3000).map(n -> "-".repeat(n) + "1")));
  }

  @Provide
  Arbitrary<Integer> depths() {
    // Deep, but short enough for the length limit not to come first.
    return Arbitraries.integers().between(Formula.MAX_DEPTH - 3, (Formula.MAX_LENGTH - 3) / 2);
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> bracketPairs() {
    return Arbitraries.of(
        Tuple.of("(", ")"), Tuple.of("（", "）"), Tuple.of("【", "】"), Tuple.of("［", "］"));
  }

  private static double anyValue(Random random) {
    double[] special = {
      0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, -1, 1e308
    };
    return random.nextBoolean() ? special[random.nextInt(special.length)] : random.nextGaussian() * 1e3;
  }

  private static void evaluateQuietly(Formula formula, String text, Runnable evaluation) {
    try {
      evaluation.run();
    } catch (FormulaException e) {
      assertWellFormed(e, text);
      assertThat(e.kind()).isNotEqualTo(FormulaException.Kind.SYNTAX);
      assertThat(e.formula()).isSameAs(formula.text());
    }
  }

  private static void assertWellFormed(FormulaException e, String text) {
    assertThat(e.formula()).isEqualTo(text);
    assertThat(e.position()).isBetween(-1, text.length());
    assertThat(e.getMessage()).startsWith(e.problem()).contains("\n");
  }
}
