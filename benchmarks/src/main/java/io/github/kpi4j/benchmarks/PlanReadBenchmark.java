package io.github.kpi4j.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a plan document and validating it, from the same bytes, next to what a user would
 * otherwise do with those bytes.
 *
 * <ul>
 *   <li>{@link #kpi4jReadValidate()}: bytes to model ({@code KpiJson.readPlan}) to report ({@code
 *       PlanValidator.ofDefaults().validate}): the whole job, every plan rule included.
 *   <li>{@link #kpi4jRead()}: bytes to model only, to show how the whole job divides.
 *   <li>{@link #jacksonReadTree()}, baseline: Jackson 3's {@code readTree} of the bytes, the
 *       parsing floor: no model, no check.
 *   <li>{@link #schemaValidate()}, baseline: networknt's validation against the format's JSON
 *       Schema (the io-json resource), built once in {@link #setUp()}. It is measured from the same
 *       bytes, parse included ({@code readTree} then {@code validate}), because a schema cannot
 *       validate bytes without parsing them and kpi4j's time includes its parse too; its schema
 *       step alone is the difference from {@link #jacksonReadTree()}. Schema validation checks only
 *       the document's shape: none of the plan rules (numbering, references, formulas).
 * </ul>
 *
 * <p>Plans: {@code mac-107} (the seed, 15 KPIs), and synthetic plans of 1,000, 10,000 and 100,000
 * KPIs from {@link SyntheticPlans}, to show how the cost grows.
 *
 * <p>Each fork starts with a heap of fixed size whose pages are touched at start-up. With a heap
 * that grows, allocation kept moving to memory never touched before, and on a virtual machine the
 * page faults took a third of the CPU time for many seconds (10,000 KPIs: 150 to 200 ms an
 * operation, against about 30 once settled; a fork sometimes never settled): the ratios then told
 * when the heap stopped growing, not how fast the code is. The cost of a cold start is what {@code
 * benchmarks/cli.sh} measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlanReadBenchmark {
  /** The plan: {@code mac-107} or {@code synthetic-<n>k}. */
  @Param({"mac-107", "synthetic-1k", "synthetic-10k", "synthetic-100k"})
  public String plan;

  private byte[] bytes;
  private KpiJson json;
  private PlanValidator validator;
  private JsonMapper mapper;
  private Schema schema;

  /** Creates the benchmark; JMH sets its parameters. */
  public PlanReadBenchmark() {}

  /**
   * @param plan {@code mac-107}, {@code mofa-107} or {@code synthetic-<n>k}
   * @return the document's bytes
   */
  static byte[] bytes(String plan) {
    if (plan.startsWith("synthetic-") && plan.endsWith("k")) {
      int thousands = Integer.parseInt(plan.substring("synthetic-".length(), plan.length() - 1));
      return SyntheticPlans.plan(thousands * 1000);
    }
    String resource = "/io/github/kpi4j/examples/plans/" + plan + ".json";
    try (InputStream in = PlanReadBenchmark.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no plan " + plan + " (" + resource + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the plan's JSON Schema, as networknt compiles it, once
   */
  static Schema planSchema() {
    try (InputStream in = DocumentFormat.PLAN.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads or generates the plan, builds every reader and validator once, and checks that each of
   * them finds the plan valid, so that no baseline is timed on a failure path.
   */
  @Setup
  public void setUp() {
    bytes = bytes(plan);
    json = KpiJson.create();
    validator = PlanValidator.ofDefaults();
    mapper = JsonMapper.builder().build();
    schema = planSchema();
    ValidationReport report = kpi4jReadValidate();
    if (!report.isValid()) {
      throw new IllegalStateException(plan + " is not valid: " + report.errors());
    }
    List<Error> errors = schemaValidate();
    if (!errors.isEmpty()) {
      throw new IllegalStateException(plan + " does not match the schema: " + errors);
    }
  }

  /**
   * @return the plan's validation report, from its bytes
   */
  @Benchmark
  public ValidationReport kpi4jReadValidate() {
    return validator.validate(json.readPlan(new ByteArrayInputStream(bytes), "plan.json"));
  }

  /**
   * @return the plan, from its bytes
   */
  @Benchmark
  public AnnualPlan kpi4jRead() {
    return json.readPlan(new ByteArrayInputStream(bytes), "plan.json");
  }

  /**
   * @return the bytes as a Jackson tree: the parsing floor, a baseline
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return mapper.readTree(bytes);
  }

  /**
   * @return the schema's errors for the bytes, parse included: a baseline
   */
  @Benchmark
  public List<Error> schemaValidate() {
    return schema.validate(mapper.readTree(bytes));
  }
}
