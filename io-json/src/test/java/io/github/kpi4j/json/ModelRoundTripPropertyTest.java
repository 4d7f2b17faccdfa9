package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any model, written pretty or compact, reads back equal, and its document fits the schema. */
class ModelRoundTripPropertyTest {
  private static final KpiJson PRETTY = KpiJson.create();
  private static final KpiJson COMPACT = KpiJson.builder().prettyPrint(false).build();

  @Property(tries = 200)
  void any_plan_reads_back_equal(@ForAll("plans") AnnualPlan plan) throws IOException {
    String pretty = PRETTY.write(plan);
    assertThat(PRETTY.readPlan(pretty)).isEqualTo(plan);
    assertThat(COMPACT.readPlan(COMPACT.write(plan))).isEqualTo(plan);
    try (InputStream schema = DocumentFormat.PLAN.schema().openStream()) {
      assertThat(
              SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(schema)
                  .validate(pretty, InputFormat.JSON))
          .isEmpty();
    }
  }

  @Property(tries = 200)
  void any_results_read_back_equal(@ForAll("results") PlanResults results) {
    assertThat(PRETTY.readResults(PRETTY.write(results))).isEqualTo(results);
    assertThat(COMPACT.readResults(COMPACT.write(results))).isEqualTo(results);
  }

  /** Any text Java and UTF-8 share: no unpaired surrogate, which no UTF-8 document can carry. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD')
        .ofMaxLength(12);
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
        .ofScale(3);
  }

  private static Arbitrary<Kpi> kpis() {
    return Builders.withBuilder(Kpi::builder)
        .use(Arbitraries.integers().between(1, 99)).in((b, v) -> b.number(v))
        .use(text()).in((b, v) -> b.name(v))
        .use(Arbitraries.of(EvaluationSystem.class)).in((b, v) -> b.evaluationSystem(v))
        .use(Arbitraries.of(EvaluationMethod.class)).in((b, v) -> b.evaluationMethod(v))
        .use(text()).in((b, v) -> b.measurementStandard(v))
        .use(text()).withProbability(0.5).in((b, v) -> b.formula(v))
        .use(text()).withProbability(0.5).in((b, v) -> b.target(v))
        .use(Arbitraries.of(Direction.class)).in((b, v) -> b.direction(v))
        .use(decimals().map(BigDecimal::abs)).withProbability(0.5).in((b, v) -> b.weight(v))
        .use(text().list().ofMaxSize(3)).in((b, v) -> b.midTermProgrammes(v))
        .build(Kpi.Builder::build);
  }

  @Provide
  Arbitrary<AnnualPlan> plans() {
    Arbitrary<Goal> goals =
        Builders.withBuilder(Goal::builder)
            .use(Arbitraries.integers().between(1, Integer.MAX_VALUE)).in((b, v) -> b.number(v))
            .use(text()).in((b, v) -> b.title(v))
            .use(text().list().ofMaxSize(3)).in((b, v) -> b.strategies(v))
            .use(kpis().list().ofMaxSize(3)).in((b, v) -> b.kpis(v))
            .build(Goal.Builder::build);
    Arbitrary<Programme> programmes =
        Builders.withBuilder(Programme::builder)
            .use(text()).in((b, v) -> b.workProgramme(v))
            .use(text()).in((b, v) -> b.item(v))
            .use(Arbitraries.of(ProgrammeCategory.class)).in((b, v) -> b.category(v))
            .use(text().list().ofMaxSize(3)).in((b, v) -> b.content(v))
            .use(text().list().ofMaxSize(3)).in((b, v) -> b.kpis(v))
            .build(Programme.Builder::build);
    Arbitrary<Agency> agencies =
        Builders.withBuilder(Agency::builder)
            .use(text()).in((b, v) -> b.code(v))
            .use(text()).in((b, v) -> b.name(v))
            .use(text()).withProbability(0.5).in((b, v) -> b.englishName(v))
            .build(Agency.Builder::build);
    return Builders.withBuilder(AnnualPlan::builder)
        .use(agencies).in((b, v) -> b.agency(v))
        .use(Arbitraries.integers().between(1, 300)).in((b, v) -> b.rocYear(v))
        .use(text()).withProbability(0.5).in((b, v) -> b.title(v))
        .use(text().list().ofMaxSize(2)).in((b, v) -> b.preamble(v))
        .use(goals.list().ofMaxSize(3)).in((b, v) -> b.goals(v))
        .use(programmes.list().ofMaxSize(3)).in((b, v) -> b.programmes(v))
        .build(AnnualPlan.Builder::build);
  }

  @Provide
  Arbitrary<PlanResults> results() {
    Arbitrary<KpiResult> results =
        Builders.withBuilder(KpiResult::builder)
            .use(text()).in((b, v) -> b.kpi(v))
            .use(Arbitraries.oneOf(text(), decimals().map(BigDecimal::toPlainString)))
            .in((b, v) -> b.actual(v))
            .use(Arbitraries.maps(text().filter(n -> !n.startsWith("x-")), decimals()).ofMaxSize(3))
            .withProbability(0.5)
            .in((b, v) -> b.variables(v))
            .use(text()).withProbability(0.5).in((b, v) -> b.note(v))
            .build(KpiResult.Builder::build);
    return Builders.withBuilder(PlanResults::builder)
        .use(text()).in((b, v) -> b.agency(v))
        .use(Arbitraries.integers().between(1, 300)).in((b, v) -> b.rocYear(v))
        .use(results.list().ofMaxSize(4)).in((b, v) -> b.results(v))
        .build(PlanResults.Builder::build);
  }
}
