package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.maps;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.ItemResult;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any model, written pretty or compact, reads back equal, and its document fits the schema; the
 * models use the format's additions (levels, common goals, goal weights, core KPIs, items,
 * milestones, baselines, year targets, budgets, item results) about half the time each.
 */
class ModelRoundTripPropertyTest {
  private static final KpiJson PRETTY = KpiJson.create();
  private static final KpiJson COMPACT = KpiJson.builder().prettyPrint(false).build();
  private static final Schema PLAN_SCHEMA = planSchema();

  private static Schema planSchema() {
    try (InputStream in = DocumentFormat.PLAN.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void should_read_any_plan_back_equal() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              // GIVEN any plan
              // WHEN it is written pretty and compact
              String pretty = PRETTY.write(plan);
              String compact = COMPACT.write(plan);
              // THEN both read back equal, and the document fits the schema
              assertThat(PRETTY.readPlan(pretty)).isEqualTo(plan);
              assertThat(COMPACT.readPlan(compact)).isEqualTo(plan);
              assertThat(PLAN_SCHEMA.validate(pretty, InputFormat.JSON)).isEmpty();
            });
  }

  @Test
  void should_read_any_results_back_equal() {
    qt().withExamples(300)
        .forAll(results())
        .checkAssert(
            results -> {
              // GIVEN any results  WHEN written pretty and compact  THEN both read back equal
              assertThat(PRETTY.readResults(PRETTY.write(results))).isEqualTo(results);
              assertThat(COMPACT.readResults(COMPACT.write(results))).isEqualTo(results);
            });
  }

  /**
   * Any text Java and UTF-8 share, up to 12 code points: no unpaired surrogate, which no UTF-8
   * document can carry, and not U+FFFE or U+FFFF. ASCII often, for the characters JSON escapes.
   */
  private static Gen<String> text() {
    Gen<Integer> codePoints =
        Generate.frequency(
            List.of(
                Pair.of(2, integers().between(0x0000, 0x007F)),
                Pair.of(3, integers().between(0x0080, 0xD7FF)),
                Pair.of(1, integers().between(0xE000, 0xFFFD)),
                Pair.of(1, integers().between(0x10000, Character.MAX_CODE_POINT))));
    return Generate.intArrays(integers().between(0, 12), codePoints)
        .map(cps -> new String(cps, 0, cps.length));
  }

  /** Between −10¹² and 10¹², with three decimals. */
  private static Gen<BigDecimal> decimals() {
    return longs()
        .between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .map(unscaled -> BigDecimal.valueOf(unscaled, 3));
  }

  /** Present half the time, as an optional member of a document is. */
  private static <T> Gen<Optional<T>> sometimes(Gen<T> values) {
    return values.toOptionals(50);
  }

  private static <T> Gen<List<T>> upTo(int size, Gen<T> values) {
    return lists().of(values).ofSizeBetween(0, size);
  }

  private static Gen<Kpi> kpis() {
    Gen<Integer> numbers = integers().between(1, 99);
    Gen<EvaluationSystem> systems = Generate.enumValues(EvaluationSystem.class);
    Gen<EvaluationMethod> methods = Generate.enumValues(EvaluationMethod.class);
    Gen<Direction> directions = Generate.enumValues(Direction.class);
    Gen<Optional<String>> optionalTexts = sometimes(text());
    Gen<Optional<BigDecimal>> weights = sometimes(decimals().map(d -> d.abs()));
    Gen<List<String>> programmes = upTo(3, text());
    Gen<Boolean> flags = Generate.booleans();
    Gen<Optional<Baseline>> baselines = sometimes(baselines());
    Gen<Integer> numbersOnLadder = integers().between(1, 20);
    Gen<List<YearTarget>> yearTargets =
        upTo(2, in -> YearTarget.of(integers().between(1, 300).generate(in), text().generate(in)));
    Gen<List<KpiItem>> items = upTo(3, items());
    Gen<List<Milestone>> milestones =
        upTo(
            3,
            in ->
                Milestone.of(
                    numbersOnLadder.generate(in), text().generate(in), text().generate(in)));
    return in -> {
      Kpi.Builder kpi =
          Kpi.builder()
              .number(numbers.generate(in))
              .name(text().generate(in))
              .evaluationSystem(systems.generate(in))
              .evaluationMethod(methods.generate(in))
              .measurementStandard(text().generate(in));
      optionalTexts.generate(in).ifPresent(kpi::formula);
      optionalTexts.generate(in).ifPresent(kpi::target);
      kpi.direction(directions.generate(in));
      weights.generate(in).ifPresent(kpi::weight);
      kpi.core(flags.generate(in));
      baselines.generate(in).ifPresent(kpi::baseline);
      return kpi.midTermProgrammes(programmes.generate(in))
          .targets(yearTargets.generate(in))
          .items(items.generate(in))
          .milestones(milestones.generate(in))
          .build();
    };
  }

  private static Gen<KpiItem> items() {
    Gen<Integer> numbers = integers().between(1, 99);
    Gen<Optional<String>> optionalTexts = sometimes(text());
    Gen<Direction> directions = Generate.enumValues(Direction.class);
    return in -> {
      KpiItem.Builder item =
          KpiItem.builder().number(numbers.generate(in)).text(text().generate(in));
      optionalTexts.generate(in).ifPresent(item::target);
      optionalTexts.generate(in).ifPresent(item::formula);
      return item.direction(directions.generate(in)).build();
    };
  }

  private static Gen<Baseline> baselines() {
    Gen<String> values = Generate.oneOf(text(), decimals().map(BigDecimal::toPlainString));
    Gen<Optional<Integer>> years = sometimes(integers().between(1, 300));
    return in -> {
      Baseline.Builder baseline = Baseline.builder().value(QuantityText.of(values.generate(in)));
      years.generate(in).ifPresent(baseline::rocYear);
      return baseline.build();
    };
  }

  private static Gen<Goal> goals() {
    Gen<Integer> numbers = integers().between(1, Integer.MAX_VALUE);
    Gen<List<String>> strategies = upTo(3, text());
    Gen<List<Kpi>> kpis = upTo(3, kpis());
    Gen<Boolean> flags = Generate.booleans();
    Gen<Optional<BigDecimal>> weights = sometimes(decimals().map(d -> d.abs()));
    return in -> {
      Goal.Builder goal =
          Goal.builder()
              .number(numbers.generate(in))
              .title(text().generate(in))
              .common(flags.generate(in));
      weights.generate(in).ifPresent(goal::weight);
      return goal.strategies(strategies.generate(in)).kpis(kpis.generate(in)).build();
    };
  }

  private static Gen<Programme> programmes() {
    Gen<ProgrammeCategory> categories = Generate.enumValues(ProgrammeCategory.class);
    Gen<List<String>> texts = upTo(3, text());
    Gen<Optional<String>> budgets = sometimes(text());
    return in -> {
      Programme.Builder programme =
          Programme.builder()
              .workProgramme(text().generate(in))
              .item(text().generate(in))
              .category(categories.generate(in))
              .content(texts.generate(in))
              .kpis(texts.generate(in));
      budgets.generate(in).ifPresent(programme::budget);
      return programme.build();
    };
  }

  private static Gen<Agency> agencies() {
    Gen<Optional<String>> englishNames = sometimes(text());
    Gen<AgencyLevel> levels = Generate.enumValues(AgencyLevel.class);
    return in -> {
      Agency.Builder agency = Agency.builder().code(text().generate(in)).name(text().generate(in));
      englishNames.generate(in).ifPresent(agency::englishName);
      return agency.level(levels.generate(in)).build();
    };
  }

  private static Gen<AnnualPlan> plans() {
    Gen<Agency> agencies = agencies();
    Gen<Integer> years = integers().between(1, 300);
    Gen<Optional<String>> titles = sometimes(text());
    Gen<List<String>> preambles = upTo(2, text());
    Gen<List<Goal>> goals = upTo(3, goals());
    Gen<List<Programme>> programmes = upTo(3, programmes());
    return in -> {
      AnnualPlan.Builder plan =
          AnnualPlan.builder().agency(agencies.generate(in)).rocYear(years.generate(in));
      titles.generate(in).ifPresent(plan::title);
      return plan.preamble(preambles.generate(in))
          .goals(goals.generate(in))
          .programmes(programmes.generate(in))
          .build();
    };
  }

  private static Gen<PlanResults> results() {
    Gen<String> actuals = Generate.oneOf(text(), decimals().map(BigDecimal::toPlainString));
    // Members named x-… are extensions, which a reader skips: a variable never has such a name.
    Gen<String> variableNames = text().map(n -> n.startsWith("x-") ? "_" + n : n);
    Gen<Optional<Map<String, BigDecimal>>> variables =
        sometimes(maps().of(variableNames, decimals()).ofSizeBetween(0, 3));
    Gen<Optional<String>> notes = sometimes(text());
    Gen<Optional<String>> baselines = sometimes(actuals);
    Gen<List<ItemResult>> itemResults =
        upTo(3, in -> ItemResult.of(integers().between(1, 99).generate(in), actuals.generate(in)));
    Gen<KpiResult> kpiResults =
        in -> {
          KpiResult.Builder result =
              KpiResult.builder().kpi(text().generate(in)).actual(actuals.generate(in));
          variables.generate(in).ifPresent(result::variables);
          notes.generate(in).ifPresent(result::note);
          baselines.generate(in).ifPresent(result::baseline);
          return result.items(itemResults.generate(in)).build();
        };
    Gen<Integer> years = integers().between(1, 300);
    Gen<List<KpiResult>> results = upTo(4, kpiResults);
    return in ->
        PlanResults.builder()
            .agency(text().generate(in))
            .rocYear(years.generate(in))
            .results(results.generate(in))
            .build();
  }
}
