package io.github.kpi4j.benchmarks;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.parser.ParseException;
import io.github.kpi4j.formulas.Formula;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating one compiled formula with its variables' values: kpi4j, from a map and positionally,
 * next to the two libraries a user would otherwise reach for.
 *
 * <p>Every method compiles once, in {@link #setUp()}, and measures one evaluation from values it is
 * handed: kpi4j's map form gets a map keyed by the printed names, its positional form an array;
 * exp4j's pre-built {@code Expression} has each variable set from the same array, then {@code
 * evaluate()} (exp4j's {@code Expression} is mutable: setting the variables is how it takes them);
 * EvalEx 3 has the same {@code Expression} object reused, each variable set with {@code with}, then
 * {@code evaluate()} (its syntax tree is built on the first evaluation and kept).
 *
 * <p>Baselines: {@link #exp4j()} (raw exp4j 0.4.8, which kpi4j's compiler builds on) and {@link
 * #evalEx()} (EvalEx 3, BigDecimal arithmetic at its default precision).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FormulaBenchmark {
  /** The seed formula: {@code mac-5.1}, {@code mac-7.1} or {@code mac-7.2}. */
  @Param({"mac-5.1", "mac-7.1", "mac-7.2"})
  public String formula;

  private Formula kpi4j;
  private Map<String, Double> valuesByName;
  private double[] values;
  private String[] asciiNames;
  private net.objecthunter.exp4j.Expression exp4j;
  private Expression evalEx;

  /** Creates the benchmark; JMH sets its parameters. */
  public FormulaBenchmark() {}

  /**
   * Compiles the formula for each library, once.
   *
   * @throws EvaluationException if EvalEx cannot evaluate the formula
   * @throws ParseException if EvalEx cannot parse the formula
   */
  @Setup
  public void setUp() throws EvaluationException, ParseException {
    SeedFormula seed = SeedFormula.byId(formula);
    kpi4j = Formula.compile(seed.printed());
    valuesByName = seed.valuesByName();
    values = seed.sampleValues();
    asciiNames = seed.asciiNames().toArray(new String[0]);
    exp4j =
        new ExpressionBuilder(seed.ascii())
            .variables(asciiNames)
            .implicitMultiplication(false)
            .build();
    evalEx = new Expression(seed.ascii());
    // The first evaluation builds EvalEx's syntax tree, which later ones reuse.
    evalEx();
  }

  /**
   * @return the formula's value, by kpi4j from a map of the printed names
   */
  @Benchmark
  public double kpi4jMap() {
    return kpi4j.evaluate(valuesByName);
  }

  /**
   * @return the formula's value, by kpi4j from positional values
   */
  @Benchmark
  public double kpi4jPositional() {
    return kpi4j.evaluate(values);
  }

  /**
   * @return the formula's value, by a pre-built exp4j expression: the baseline
   */
  @Benchmark
  public double exp4j() {
    for (int i = 0; i < asciiNames.length; i++) {
      exp4j.setVariable(asciiNames[i], values[i]);
    }
    return exp4j.evaluate();
  }

  /**
   * @return the formula's value, by a reused EvalEx expression: the second baseline
   * @throws EvaluationException never for the seed formulas
   * @throws ParseException never for the seed formulas
   */
  @Benchmark
  public double evalEx() throws EvaluationException, ParseException {
    for (int i = 0; i < asciiNames.length; i++) {
      evalEx.with(asciiNames[i], values[i]);
    }
    return evalEx.evaluate().getNumberValue().doubleValue();
  }
}
