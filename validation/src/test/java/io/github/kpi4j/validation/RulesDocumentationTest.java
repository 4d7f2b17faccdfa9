package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RulesDocumentationTest {
  /** An entry of RULES.md: {@code ### `rule-id` — severity}. */
  private static final Pattern ENTRY =
      Pattern.compile("(?m)^### `([a-z0-9-]+)` — (error|warning|info)$");

  @Test
  void should_document_every_standard_rule_with_its_severity_in_rule_order() throws IOException {
    // GIVEN RULES.md of this module (tests run in the module's directory)
    String rules = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);
    List<String> documented = new ArrayList<>();
    Matcher m = ENTRY.matcher(rules);
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2));
    }
    // WHEN compared with the built-in rules
    List<String> actual =
        PlanValidator.builtInRules().stream()
            .map(r -> r.id() + " " + r.defaultSeverity().code())
            .toList();
    // THEN each is documented once, with its severity, in rule order
    assertThat(documented).containsExactlyElementsOf(actual);
  }

  @Test
  void should_use_stable_kebab_case_ids() {
    assertThat(PlanValidator.builtInRules())
        .allSatisfy(r -> assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }
}
