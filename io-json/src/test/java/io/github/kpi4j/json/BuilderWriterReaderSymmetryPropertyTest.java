package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kpi4j.Limits;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.testing.Plans;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Writer and reader agree with the builders, over arbitrary text and numbers: whatever a builder
 * accepts, the writer writes and the reader reads back equal; whatever cannot be written and read
 * back, the builder refuses with the exception the model documents ({@link
 * IllegalArgumentException}), never the writer or the reader later.
 */
class BuilderWriterReaderSymmetryPropertyTest {
  private static final KpiJson JSON = KpiJson.create();

  /** Any code points, lone surrogates included, and lengths at the limit of a text. */
  private static Gen<String> texts() {
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 40);
    Gen<String> surrogates =
        integers()
            .between(0xD800, 0xDFFF)
            .zip(
                strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 5),
                (c, s) -> s + (char) c.intValue() + s);
    Gen<String> atTheLimit =
        integers()
            .between(Limits.MAX_TEXT_LENGTH - 1, Limits.MAX_TEXT_LENGTH + 1)
            .map(n -> "題".repeat(n));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(6, any),
        org.quicktheories.api.Pair.of(3, surrogates),
        org.quicktheories.api.Pair.of(1, atTheLimit));
  }

  /** Numbers of any magnitude: an unscaled value and a scale far beyond 100 digits either way. */
  private static Gen<BigDecimal> numbers() {
    return longs()
        .all()
        .zip(integers().between(-250, 250), (u, s) -> new BigDecimal(BigInteger.valueOf(u), s));
  }

  private static <T> void buildsOrRefuses(
      Supplier<T> build, java.util.function.Consumer<T> roundTrip) {
    T model;
    try {
      model = build.get();
    } catch (IllegalArgumentException refused) {
      return;
    }
    roundTrip.accept(model);
  }

  /** A fixture KPI whose values the properties replace: its own stay within every limit. */
  private static Kpi.Builder kpi() {
    return Plans.kpi(1, "研究報告篇數");
  }

  private static AnnualPlan plan(Kpi kpi, String title) {
    return Plans.plan(Plans.YEAR, kpi).title(title).build();
  }

  @Test
  void should_read_back_every_text_a_builder_accepts() {
    qt().withExamples(300)
        .forAll(texts(), texts())
        .checkAssert(
            (name, title) ->
                buildsOrRefuses(
                    () -> plan(kpi().name(name).target(QuantityText.of(name)).build(), title),
                    plan -> assertThat(JSON.readPlan(JSON.write(plan))).isEqualTo(plan)));
  }

  @Test
  void should_read_back_every_number_a_builder_accepts() {
    qt().withExamples(500)
        .forAll(numbers(), numbers())
        .checkAssert(
            (weight, variable) -> {
              buildsOrRefuses(
                  () -> plan(kpi().weight(weight.abs()).build(), "計畫"),
                  plan -> {
                    String json = JSON.write(plan);
                    assertThat(json).doesNotContain("E+").doesNotContain("E-");
                    assertThat(JSON.readPlan(json)).isEqualTo(plan);
                  });
              buildsOrRefuses(
                  () ->
                      PlanResults.builder()
                          .agency("MAC")
                          .rocYear(107)
                          .addResults(
                              KpiResult.builder()
                                  .kpi("1.1")
                                  .putVariables("甲", variable)
                                  .actual(QuantityText.of(variable))
                                  .build())
                          .build(),
                  results -> assertThat(JSON.readResults(JSON.write(results))).isEqualTo(results));
            });
  }

  @Test
  void should_refuse_in_the_builder_what_no_document_can_hold() {
    // GIVEN values just beyond the limits THEN the builder, not the writer, refuses them
    assertThat(catchThrowable(() -> kpi().name("\uDC00").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> kpi().weight(new BigDecimal("1e-150")).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> plan(kpi().build(), "題".repeat(Limits.MAX_TEXT_LENGTH + 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
