/**
 * The kpi4j assessment: a plan's results against its targets, with achievements, ratings and
 * findings about the results document, and comparisons of an agency's plans across years. See
 * {@link io.github.kpi4j.assessment.Assessor} and {@link
 * io.github.kpi4j.assessment.YearComparison}.
 */
module io.github.kpi4j.assessment {
  requires transitive io.github.kpi4j.core;
  // A plan's formulas are what the findings are about: a user of this module compiles and
  // evaluates them too (Formula), with no second requires.
  requires transitive io.github.kpi4j.formulas;

  exports io.github.kpi4j.assessment;
}
