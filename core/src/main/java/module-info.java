/**
 * The kpi4j core: the immutable model of annual administrative plans (年度施政計畫), quantities, findings
 * and the exception hierarchy. It depends on nothing at run time.
 */
@SuppressWarnings("module") // the modules an internal package is shared with need not all be built
module io.github.kpi4j.core {
  requires static org.immutables.value.annotations;

  exports io.github.kpi4j;
  exports io.github.kpi4j.model;
  exports io.github.kpi4j.quantity;
  exports io.github.kpi4j.finding;
  // Shared internals (messages, decimals, locales, display width, preconditions): for kpi4j's own
  // modules only, as AssertJ shares its internals; never part of the API.
  exports io.github.kpi4j.internal to
      io.github.kpi4j.formulas,
      io.github.kpi4j.validation,
      io.github.kpi4j.assessment,
      io.github.kpi4j.json;
}
