package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.PlanKpi;

/** The JSON Pointers of a plan document's values, as the plan format lays them out. */
final class Paths {
  static final String GOALS = "/goals";

  private Paths() {}

  static String goal(int goalIndex) {
    return GOALS + "/" + goalIndex;
  }

  static String goal(int goalIndex, String property) {
    return goal(goalIndex) + "/" + property;
  }

  static String kpi(PlanKpi kpi, String property) {
    return kpi.path() + "/" + property;
  }

  static String programme(int programmeIndex) {
    return "/programmes/" + programmeIndex;
  }

  static String programme(int programmeIndex, String property) {
    return programme(programmeIndex) + "/" + property;
  }

  static String programmeKpi(int programmeIndex, int referenceIndex) {
    return programme(programmeIndex, "kpis") + "/" + referenceIndex;
  }
}
