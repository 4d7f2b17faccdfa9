package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.programme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeLinksKpiTest {
  private static final String RULE = "programme-links-kpi";

  @Test
  void should_warn_of_a_programme_that_links_no_kpi() {
    // GIVEN a third programme without KPI links
    List<Finding> findings =
        Plans.validate(Plans.builder().addProgrammes(programme("駐外機構館官舍購置計畫")).build())
            .findings(RULE);
    // WHEN validated, THEN a warning points where its links belong
    assertThat(findings)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/programmes/2/kpis",
                Severity.WARNING,
                "Programme 駐外機構館官舍購置計畫 links no KPI (與KPI關聯)"));
  }

  @Test
  void should_accept_programmes_that_link_kpis_even_unresolved_ones() {
    // GIVEN programmes that each link something; an unresolved link is another rule's concern
    List<Finding> findings =
        Plans.validate(Plans.builder().addProgrammes(programme("其他", "不存在的指標")).build())
            .findings(RULE);
    // WHEN validated, THEN no warning
    assertThat(findings).isEmpty();
  }
}
