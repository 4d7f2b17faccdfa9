package io.github.kpi4j.document;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Programme;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a plan, each under a key that does not depend on what else was read (a goal by its
 * number, a KPI by its id, a programme by its item), to compare an import with a transcription.
 */
final class PlanFields {
  private PlanFields() {}

  static Map<String, String> of(AnnualPlan plan) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("agency.code", plan.agency().code());
    fields.put("agency.name", plan.agency().name());
    fields.put("rocYear", Integer.toString(plan.rocYear()));
    plan.title().ifPresent(t -> fields.put("title", t));
    for (int p = 0; p < plan.preamble().size(); p++) {
      fields.put("preamble." + p, plan.preamble().get(p));
    }
    for (Goal goal : plan.goals()) {
      String g = "goal " + goal.number();
      fields.put(g + ".title", goal.title());
      for (int s = 0; s < goal.strategies().size(); s++) {
        fields.put(g + ".strategy." + s, goal.strategies().get(s));
      }
      for (Kpi kpi : goal.kpis()) {
        String k = "kpi " + goal.number() + "." + kpi.number();
        fields.put(k + ".name", kpi.name());
        fields.put(k + ".evaluationSystem", Integer.toString(kpi.evaluationSystem().code()));
        fields.put(k + ".evaluationMethod", kpi.evaluationMethod().code());
        fields.put(k + ".measurementStandard", kpi.measurementStandard());
        kpi.target().ifPresent(t -> fields.put(k + ".target", t.text()));
        fields.put(k + ".midTermProgrammes", kpi.midTermProgrammes().toString());
      }
    }
    for (Programme programme : plan.programmes()) {
      String p = "programme " + programme.item();
      fields.put(p + ".workProgramme", programme.workProgramme());
      fields.put(p + ".category", programme.category().code());
      for (int c = 0; c < programme.content().size(); c++) {
        fields.put(p + ".content." + c, programme.content().get(c));
      }
      fields.put(p + ".kpis", programme.kpis().toString());
    }
    return fields;
  }
}
