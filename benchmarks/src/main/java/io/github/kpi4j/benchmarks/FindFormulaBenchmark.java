package io.github.kpi4j.benchmarks;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FoundFormula;
import io.github.kpi4j.formulas.MeasurementStandards;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code kpi4j formula --find}'s library call, {@link MeasurementStandards#find(String)}, on a
 * measurement standard of about 200 characters (list numbering, a label, a definition, a remark, a
 * second sentence of prose), against the baseline {@link #compileBareFormula()}: compiling the
 * formula it holds, as a careful reader would extract it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FindFormulaBenchmark {
  /** A standard as a statistics definition prints it, 200 characters long. */
  static final String STANDARD =
      "（3）一般廢棄物回收率：指一般廢棄物中資源垃圾及廚餘回收之比率。計算公式：\n"
          + "一般廢棄物回收率＝（資源垃圾回收量＋廚餘回收量＋巨大垃圾回收再利用量）÷一般廢棄物\n"
          + "  產生量×100%（超過100%以100%計算）。資料來源為各直轄市、縣（市）環境保護局依\n"
          + "一般廢棄物清理狀況月報表填報之數據，每月更新一次，年資料為各月資料之加總，並以\n"
          + "當年底之事實為準。各年資料如有修正，均以最新公布之數據為準。";

  /** The formula in it, as a careful reader extracts it. */
  static final String BARE = "（資源垃圾回收量＋廚餘回收量＋巨大垃圾回收再利用量）÷一般廢棄物產生量×100%";

  /** Creates the benchmark. */
  public FindFormulaBenchmark() {}

  /**
   * @return the formula found in the standard
   */
  @Benchmark
  public Optional<FoundFormula> find() {
    return MeasurementStandards.find(STANDARD);
  }

  /**
   * @return the bare formula, compiled: the baseline
   */
  @Benchmark
  public Formula compileBareFormula() {
    return Formula.compile(BARE);
  }
}
