package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.model.PlanKpi;

/** The JSON Pointers of a plan document's values, as the plan format lays them out. */
final class Paths {
  private static final DocumentPath GOAL_LIST = DocumentPath.root().property("goals");

  /** The goals of the plan, where a finding about them all points. */
  static final String GOALS = GOAL_LIST.toString();

  private static final DocumentPath PROGRAMMES = DocumentPath.root().property("programmes");

  private Paths() {}

  static String goal(int goalIndex) {
    return GOAL_LIST.index(goalIndex).toString();
  }

  static String goal(int goalIndex, String property) {
    return goal(goalIndex) + "/" + property;
  }

  static String kpi(PlanKpi kpi, String property) {
    return kpi.path() + "/" + property;
  }

  static String programme(int programmeIndex) {
    return PROGRAMMES.index(programmeIndex).toString();
  }

  static String programme(int programmeIndex, String property) {
    return programme(programmeIndex) + "/" + property;
  }

  static String programmeKpi(int programmeIndex, int referenceIndex) {
    return programme(programmeIndex, "kpis") + "/" + referenceIndex;
  }
}
