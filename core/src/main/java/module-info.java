/**
 * The kpi4j core: the immutable model of annual administrative plans (年度施政計畫), quantities, findings
 * and the exception hierarchy. It depends on nothing at run time.
 */
module io.github.kpi4j.core {
  requires static org.immutables.value.annotations;

  exports io.github.kpi4j;
  exports io.github.kpi4j.model;
  exports io.github.kpi4j.quantity;
  exports io.github.kpi4j.finding;
  // The preconditions, shared with the readers so that they refuse what the model refuses.
  exports io.github.kpi4j.internal to
      io.github.kpi4j.json;
}
