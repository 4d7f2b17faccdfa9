/**
 * Formulas of measurement standards (衡量標準), evaluated as plans print them: full-width and ASCII
 * operators and brackets, {@code ×100%}, Chinese variable names and a trailing printed target
 * ({@code ＝2%}). See {@link io.github.kpi4j.formulas.Formula}.
 *
 * <p>exp4j is the engine underneath; none of its types appears in this module's API.
 */
module io.github.kpi4j.formulas {
  requires transitive io.github.kpi4j.core;
  requires exp4j;

  exports io.github.kpi4j.formulas;
}
