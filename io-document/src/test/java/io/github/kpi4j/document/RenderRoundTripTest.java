package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code import(render(plan))} equals {@code plan}, for every plan a printed layout can hold. */
class RenderRoundTripTest {
  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_the_mac_plan_back_equal(DocumentKind kind) {
    // GIVEN the MAC 107 transcription
    AnnualPlan plan = Seeds.transcription("mac-107.json");

    // WHEN it is rendered and imported
    PlanImport imported =
        DOCUMENTS.read(DOCUMENTS.write(plan, kind), "mac-107." + kind.extension());

    // THEN it is the same plan, its common goal included, read without a doubt
    assertThat(imported.kind()).isEqualTo(kind);
    assertThat(imported.plan()).isEqualTo(plan);
    assertThat(imported.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_the_mofa_plan_back_equal_its_blank_name_and_item_included(DocumentKind kind) {
    // GIVEN the MOFA 107 transcription, whose KPI 6.1 has no name and a programme no item
    AnnualPlan plan = Seeds.transcription("mofa-107.json");

    // WHEN it is rendered and imported
    PlanImport imported =
        DOCUMENTS.read(DOCUMENTS.write(plan, kind), "mofa-107." + kind.extension());

    // THEN it is the same plan: the blanks are read blank, with a warning each, and no error
    assertThat(imported.plan()).isEqualTo(plan);
    assertThat(imported.hasErrors()).isFalse();
    assertThat(imported.findings())
        .extracting(ImportFinding::rule)
        .contains("kpi-name-missing", "programme-item-missing");
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_any_plan_back_equal(DocumentKind kind) {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // GIVEN any plan, some of its standards, items and content points on several lines
              AnnualPlan plan = RandomPlans.plan(seed);
              // WHEN it is rendered and imported
              PlanImport imported = DOCUMENTS.read(DOCUMENTS.write(plan, kind), "plan");
              // THEN it is the same plan, with no error
              assertThat(imported.plan()).isEqualTo(plan);
              assertThat(imported.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
            });
  }
}
