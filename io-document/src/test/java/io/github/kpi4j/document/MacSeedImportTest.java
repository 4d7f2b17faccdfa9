package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MAC 107 seed, a plain-text copy of the plan, imports to the hand transcription {@code
 * examples/plans/mac-107.json}, except where the README's table of differences says why not.
 */
class MacSeedImportTest {
  private final PlanImport imported =
      PlanDocuments.create().read(Seeds.bytes("seeds/mac-107.txt"), "mac-107.txt");

  @Test
  void should_import_every_goal_kpi_and_programme_of_the_transcription() {
    // GIVEN the transcription without what the document does not print
    AnnualPlan expected = withoutUnprinted(Seeds.transcription("mac-107.json"));

    // WHEN the seed text is imported (above)

    // THEN the plans are equal
    assertThat(imported.kind()).isEqualTo(DocumentKind.TEXT);
    assertThat(imported.plan()).isEqualTo(expected);
  }

  @Test
  void should_differ_from_the_transcription_only_in_formulas_and_one_direction() {
    // GIVEN the transcription
    AnnualPlan transcription = Seeds.transcription("mac-107.json");

    // WHEN its KPIs with a formula or a direction are listed
    List<String> unprinted = new ArrayList<>();
    transcription
        .kpis()
        .forEach(
            k -> {
              k.kpi().formula().ifPresent(f -> unprinted.add(k.id().text() + " formula"));
              if (k.kpi().direction() != Direction.INCREASE) {
                unprinted.add(k.id().text() + " direction");
              }
            });

    // THEN they are the four differences the README lists
    assertThat(unprinted)
        .containsExactly("5.1 formula", "7.1 formula", "7.2 formula", "7.2 direction");
  }

  @Test
  void should_report_only_how_it_found_the_agency_year_and_the_split_goal_titles() {
    // GIVEN the import above
    // WHEN its findings are listed
    List<String> findings = new ArrayList<>();
    imported.findings().forEach(f -> findings.add(f.rule() + " " + f.location()));

    // THEN the seed, which prints no title, names its agency and year in its preamble, and goals
    // 六 and 七 print title：strategy on one line
    assertThat(findings)
        .containsExactly(
            "agency-from-preamble 1:1",
            "year-from-preamble 1:1",
            "goal-title-split 31:1",
            "goal-title-split 32:1");
    assertThat(imported.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The transcription without formulas, directions and the common goal's mark, which the seed does
   * not print.
   */
  static AnnualPlan withoutUnprinted(AnnualPlan plan) {
    List<Goal> goals = new ArrayList<>();
    for (Goal goal : plan.goals()) {
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi kpi : goal.kpis()) {
        kpis.add(
            Kpi.builder()
                .from(kpi)
                .formula(java.util.Optional.empty())
                .direction(Direction.INCREASE)
                .build());
      }
      // The seed prints no mark of a common goal (共同性目標): the transcription adds it.
      goals.add(Goal.builder().from(goal).common(false).kpis(kpis).build());
    }
    return AnnualPlan.builder().from(plan).goals(goals).build();
  }

  @Test
  void should_take_the_agencys_name_from_the_preamble_with_a_code_kpi4j_does_not_know() {
    // GIVEN the seed text, which prints no title, and a code of the user's own
    PlanImport coded =
        PlanDocuments.builder()
            .agencyCode("ZZZ")
            .build()
            .read(Seeds.bytes("seeds/mac-107.txt"), "mac-107.txt");
    // THEN the code given, the name the preamble mentions, and a warning saying so
    assertThat(coded.plan().agency().code()).isEqualTo("ZZZ");
    assertThat(coded.plan().agency().name()).isEqualTo("大陸委員會");
    assertThat(coded.findings())
        .anySatisfy(f -> assertThat(f.rule()).isEqualTo("agency-from-preamble"));
  }
}
