package io.github.kpi4j.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kpi4j.DocumentException;
import org.junit.jupiter.api.Test;

class DocumentPathTest {

  @Test
  void should_build_json_pointers_escaping_tilde_and_slash() {
    assertThat(DocumentPath.root().toString()).isEmpty();
    assertThat(DocumentPath.root().property("goals").index(2).property("kpis").index(0).toString())
        .isEqualTo("/goals/2/kpis/0");
    assertThat(DocumentPath.root().property("a/b").property("m~n").toString())
        .isEqualTo("/a~1b/m~0n");
    assertThat(DocumentPath.of("/results/3"))
        .isEqualTo(DocumentPath.root().property("results").index(3));
  }

  @Test
  void should_reject_what_is_not_a_pointer() {
    assertThatIllegalArgumentException().isThrownBy(() -> DocumentPath.of("goals"));
    assertThatIllegalArgumentException().isThrownBy(() -> DocumentPath.root().index(-1));
  }

  @Test
  void should_make_findings_compare_by_value() {
    Finding a = Finding.of("goal-numbering", Severity.ERROR, "/goals/1/number", "m");
    assertThat(a).isEqualTo(Finding.of("goal-numbering", Severity.ERROR, "/goals/1/number", "m"));
    assertThat(Severity.WARNING.code()).isEqualTo("warning");
  }

  @Test
  void should_say_where_a_document_is_unreadable() {
    DocumentException e =
        new DocumentException(
            "mac-107.json",
            57,
            22,
            "/goals/2/kpis/0/evaluationSystem",
            "expected an integer 1–5 (評估體制), got 6",
            null);
    assertThat(e.getMessage())
        .isEqualTo(
            "mac-107.json:57:22 at /goals/2/kpis/0/evaluationSystem: expected an integer 1–5 (評估體制), got 6");
    assertThat(e.line()).isEqualTo(57);
    assertThat(e.column()).isEqualTo(22);
    assertThat(e.pointer()).isEqualTo("/goals/2/kpis/0/evaluationSystem");
    assertThat(e.source()).isEqualTo("mac-107.json");
    assertThat(new DocumentException("x.json", 0, 0, "", "no such file", null).getMessage())
        .isEqualTo("x.json: no such file");
  }
}
