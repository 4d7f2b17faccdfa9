package io.github.kpi4j.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule is documented in assessment/FINDINGS.md, with its severity. */
class FindingsDocumentedTest {
  // Surefire runs in the module's directory, where FINDINGS.md lives.
  private static final Path FINDINGS = Path.of("FINDINGS.md");

  @ParameterizedTest
  @EnumSource(ResultRule.class)
  void should_document_every_rule_with_its_severity(ResultRule rule) throws IOException {
    // GIVEN the findings document
    List<String> lines = Files.readAllLines(FINDINGS, StandardCharsets.UTF_8);

    // WHEN looking for the rule's row in its table
    Optional<String> row =
        lines.stream().filter(l -> l.startsWith("| `" + rule.id() + "` |")).findFirst();

    // THEN it is there, with the rule's severity in the second column
    assertThat(row).as(rule.id()).isPresent();
    assertThat(row.get().split("\\|")[2].strip()).isEqualTo(rule.severity().code());
  }
}
