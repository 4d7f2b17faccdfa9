package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MOFA 107 seed is text extracted from a PDF, its tables scrambled: the import reads what can
 * honestly be read, and reports every doubt with its line. The README states the share of the
 * transcription's fields recovered, which this test measures.
 */
class MofaSeedImportTest {
  private final PlanImport imported =
      PlanDocuments.create().read(Seeds.bytes("seeds/mofa-107.txt"), "mofa-107.txt");

  @Test
  void should_read_the_clean_parts_as_the_transcription_has_them() {
    // GIVEN the transcription
    var transcription = Seeds.transcription("mofa-107.json");

    // WHEN the seed is imported (above)

    // THEN the agency, year, title, preamble, goals and strategies are those of the transcription
    assertThat(imported.plan().agency()).isEqualTo(transcription.agency());
    assertThat(imported.plan().rocYear()).isEqualTo(107);
    assertThat(imported.plan().title()).isEqualTo(transcription.title());
    assertThat(imported.plan().preamble()).isEqualTo(transcription.preamble());
    assertThat(imported.plan().goals()).hasSize(7);
    for (int g = 0; g < 7; g++) {
      assertThat(imported.plan().goals().get(g).title())
          .isEqualTo(transcription.goals().get(g).title());
    }
  }

  @Test
  void should_locate_every_doubt_on_a_line() {
    // GIVEN the import (above)
    // WHEN its errors and warnings are listed THEN each stands on a line of the seed
    assertThat(imported.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.location().line()).isPositive());
  }

  @Test
  void should_recover_the_share_of_fields_the_readme_states() {
    // GIVEN the fields of the transcription and of the import
    Map<String, String> expected = PlanFields.of(Seeds.transcription("mofa-107.json"));
    Map<String, String> actual = PlanFields.of(imported.plan());

    // WHEN the fields the import holds with the transcription's value are counted
    long recovered =
        expected.entrySet().stream()
            .filter(e -> e.getValue().equals(actual.get(e.getKey())))
            .count();
    long different =
        actual.entrySet().stream()
            .filter(e -> expected.containsKey(e.getKey()))
            .filter(e -> !e.getValue().equals(expected.get(e.getKey())))
            .count();
    System.out.printf(
        "MOFA 107: %d of %d fields recovered (%.0f%%), %d read differently, %d not in the"
            + " transcription%n",
        recovered,
        expected.size(),
        100.0 * recovered / expected.size(),
        different,
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).count());

    // THEN it is at least the share the README states
    assertThat(recovered).isGreaterThanOrEqualTo(RECOVERED_AT_LEAST);
  }

  /** As measured and stated in the README; the import may get better, not worse. */
  private static final long RECOVERED_AT_LEAST = 61;
}
