package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the text and whatever the values, compiling and evaluating raise nothing but {@link
 * FormulaException}, and its position lies within the text.
 */
class ArbitraryTextPropertiesTest {
  /**
   * The characters formulas are made of, and a few that they are not, surrogate halves included.
   */
  private static final String ALPHABET =
      "0123456789０１２.．()（）[]［］【】{}〔〕+-*/^%＋－−×÷／＊＾％=＝ 　\t\n甲乙前年度AＡa_＿e、,「」"
          + "\uD840\uDC0B\uD840\u0663²√";

  /** The bracket pairs a plan may nest. */
  private record Brackets(String open, String close) {}

  @Test
  void should_raise_only_formula_exceptions() {
    AtomicInteger compiled = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    qt().withExamples(1500)
        .forAll(texts(), longs().all())
        .checkAssert(
            (text, seed) -> {
              // GIVEN any text
              Formula formula;
              try {
                // WHEN it is compiled
                formula = Formula.compile(text);
              } catch (FormulaException e) {
                // THEN a syntax error says where
                rejected.incrementAndGet();
                assertWellFormed(e, text);
                assertThat(e.kind()).isEqualTo(FormulaException.Kind.SYNTAX);
                return;
              }
              compiled.incrementAndGet();
              // AND WHEN it compiled, evaluating it with any values raises only a
              // FormulaException
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
            });
    // AND the texts were neither all rejected nor all compiled: both branches were exercised
    assertThat(compiled).hasPositiveValue();
    assertThat(rejected).hasPositiveValue();
  }

  @Test
  void should_reject_deep_nesting_with_a_syntax_error() {
    qt().withExamples(200)
        .forAll(depths(), bracketPairs())
        .checkAssert(
            (depth, brackets) -> {
              // GIVEN brackets nested deeper than the limit, around a valid formula
              String text = brackets.open().repeat(depth) + "1+甲" + brackets.close().repeat(depth);

              // WHEN / THEN
              try {
                Formula formula = Formula.compile(text);
                assertThat(depth).isLessThanOrEqualTo(Formula.MAX_DEPTH);
                assertThat(formula.evaluate(2)).isEqualTo(3);
              } catch (FormulaException e) {
                assertThat(depth).isGreaterThan(Formula.MAX_DEPTH);
                assertWellFormed(e, text);
                assertThat(e.position()).isEqualTo(Formula.MAX_DEPTH * brackets.open().length());
              }
            });
  }

  private static Gen<String> texts() {
    return Generate.frequency(
        List.of(
            Pair.of(3, charsOf(ALPHABET, 0, 40)),
            // Any code point, lone surrogates included, cut to 30 UTF-16 units.
            Pair.of(2, strings().allPossible().ofLengthBetween(0, 30)),
            Pair.of(1, charsOf("(（【[1+甲-", 100, 300)),
            Pair.of(1, charsOf("1+(", 3990, 4010)),
            Pair.of(1, integers().between(0, 5000).map(n -> "(".repeat(n) + "1" + ")".repeat(n))),
            Pair.of(1, integers().between(300, 400).map("9"::repeat)),
            Pair.of(1, integers().between(1, 3000).map(n -> "-".repeat(n) + "1"))));
  }

  /** Strings of the given UTF-16 units in any order, so that surrogate halves come alone too. */
  private static Gen<String> charsOf(String alphabet, int minLength, int maxLength) {
    return Generate.intArrays(
            integers().between(minLength, maxLength), integers().between(0, alphabet.length() - 1))
        .map(
            indices -> {
              StringBuilder text = new StringBuilder(indices.length);
              for (int i : indices) {
                text.append(alphabet.charAt(i));
              }
              return text.toString();
            });
  }

  private static Gen<Integer> depths() {
    // Deep, but short enough for the length limit not to come first.
    return integers().between(Formula.MAX_DEPTH - 3, (Formula.MAX_LENGTH - 3) / 2);
  }

  private static Gen<Brackets> bracketPairs() {
    return Generate.pick(
        List.of(
            new Brackets("(", ")"),
            new Brackets("（", "）"),
            new Brackets("【", "】"),
            new Brackets("［", "］")));
  }

  private static double anyValue(Random random) {
    double[] special = {
      0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, -1, 1e308
    };
    return random.nextBoolean()
        ? special[random.nextInt(special.length)]
        : random.nextGaussian() * 1e3;
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
    // the message counts characters from 1 where the position indexes UTF-16 units from 0
    if (e.position() >= 0) {
      assertThat(e.character()).isEqualTo(text.codePointCount(0, e.position()) + 1);
      assertThat(e.getMessage()).contains(" at character " + e.character() + "\n");
    } else {
      assertThat(e.character()).isZero();
    }
    assertThat(e.message(Locale.TAIWAN)).startsWith(e.problem(Locale.TAIWAN)).contains("\n");
  }
}
