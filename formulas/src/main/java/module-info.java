/**
 * Formulas of measurement standards (衡量標準), evaluated as plans print them: full-width and ASCII
 * operators and brackets, {@code ×100%}, Chinese variable names and a trailing printed target
 * ({@code ＝2%}). See {@link io.github.kpi4j.formulas.Formula}.
 *
 * <p>exp4j is the engine underneath, shipped inside this module under an internal package: none of
 * its types appears in this module's API, and the module requires nothing but kpi4j's core.
 */
module io.github.kpi4j.formulas {
  requires transitive io.github.kpi4j.core;

  exports io.github.kpi4j.formulas;
}
